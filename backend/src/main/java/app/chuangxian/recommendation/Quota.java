package app.chuangxian.recommendation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** The quota (名额) a parent campaign allots an organisation right below it, per title, and its deadline. */
@Entity
@Table(name = "recommendation_quotas")
public class Quota extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false)
    public int grassroots;

    @Column(name = "local_orgs", nullable = false)
    public int local;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    public int of(RecommendationTitle title) {
        return title == RecommendationTitle.GRASSROOTS ? grassroots : local;
    }

    static Optional<Quota> of(long campaignId, long organisationId) {
        return find("campaignId = ?1 and organisationId = ?2", campaignId, organisationId)
                .firstResultOptional();
    }

    /** The quota row locked until the transaction ends: recommendations of one child are counted one at a time. */
    static Optional<Quota> locked(long campaignId, long organisationId) {
        return find("campaignId = ?1 and organisationId = ?2", campaignId, organisationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
