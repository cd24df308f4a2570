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

    /**
     * What the organisation's recommendations into the campaign use: branches and local committees recommended
     * (rejected ones not counted) and how many were accepted. Read with a lock, after the quota row's, so that it sees
     * what recommendations committed while this request waited for that row.
     */
    static long[] lockedUse(long campaignId, long organisationId) {
        long[] used = new long[3];
        getEntityManager()
                .createQuery(
                        "select r.title, r.status from Recommendation r where r.campaignId = :campaign"
                                + " and r.organisationId = :organisation",
                        Object[].class)
                .setParameter("campaign", campaignId)
                .setParameter("organisation", organisationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(r -> {
                    RecommendationStatus status = (RecommendationStatus) r[1];
                    if (status != RecommendationStatus.REJECTED) {
                        used[r[0] == RecommendationTitle.GRASSROOTS ? 0 : 1]++;
                    }
                    if (status == RecommendationStatus.ACCEPTED || status.decided()) {
                        used[2]++;
                    }
                });
        return used;
    }
}
