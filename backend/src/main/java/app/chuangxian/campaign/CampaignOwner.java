package app.chuangxian.campaign;

import java.util.Optional;

/** Finds the campaign a record of another feature belongs to (a commendation list, a feedback report). */
public interface CampaignOwner {
    /** The kind of record, as {@link GuardedBy#via()} names it. */
    String kind();

    Optional<Long> campaignOf(long recordId);
}
