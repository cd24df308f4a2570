package app.chuangxian.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today where the committee sits: the one clock of current phases, deadlines and notice periods, in the zone of the
 * one setting {@code app.deliverables.zone} (DELIVERABLES_ZONE), whatever zone the server runs in.
 */
@ApplicationScoped
public class CommitteeClock {
    @ConfigProperty(name = "app.deliverables.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The day a campaign's records are dated: today, or the day a past campaign is being entered as of. */
    public LocalDate dayOf(Campaign campaign) {
        return campaign.recordedAsOf != null ? campaign.recordedAsOf : today();
    }

    public ZoneId zone() {
        return zone;
    }
}
