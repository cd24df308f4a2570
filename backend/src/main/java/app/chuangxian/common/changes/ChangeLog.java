package app.chuangxian.common.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes the change feed: each feature calls it where it changes a record an integrator syncs, inside the transaction
 * of the change, so that a change rolled back is never reported and one committed always is.
 */
@ApplicationScoped
public class ChangeLog {
    @Inject
    EntityManager em;

    /** Records one change in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        em.createNativeQuery("insert into changes (occurred_at, resource, resource_id, operation, status,"
                        + " campaign_id, branch_id, organisation_id) values (:at, :resource, :id, :operation,"
                        + " :status, :campaign, :branch, :organisation)")
                .setParameter("at", Instant.now())
                .setParameter("resource", change.resource().name())
                .setParameter("id", change.resourceId())
                .setParameter("operation", change.operation().name())
                .setParameter("status", change.status())
                .setParameter("campaign", change.campaignId())
                .setParameter("branch", change.branchId())
                .setParameter("organisation", change.organisationId())
                .executeUpdate();
    }

    /**
     * One change: the record ({@code resource}, {@code resourceId}), what happened, its status afterwards (null when
     * it has none or is gone), the campaign and branch it belongs to where it has them, and the organisation that owns
     * it, whose subtree reads the change.
     */
    public record Change(
            ChangedRecord resource,
            long resourceId,
            ChangeOperation operation,
            String status,
            Long campaignId,
            Long branchId,
            long organisationId) {

        public static Change branch(long id, ChangeOperation operation, Enum<?> status, long organisationId) {
            return new Change(
                    ChangedRecord.BRANCH,
                    id,
                    operation,
                    status == null ? null : status.name(),
                    null,
                    id,
                    organisationId);
        }

        public static Change campaign(long id, ChangeOperation operation, Enum<?> status, long organisationId) {
            return new Change(
                    ChangedRecord.CAMPAIGN,
                    id,
                    operation,
                    status == null ? null : status.name(),
                    id,
                    null,
                    organisationId);
        }

        public static Change results(long campaignId, Enum<?> status, long organisationId) {
            return new Change(
                    ChangedRecord.RESULTS,
                    campaignId,
                    ChangeOperation.UPDATED,
                    status.name(),
                    campaignId,
                    null,
                    organisationId);
        }

        public static Change deliverable(
                long id, Enum<?> status, long campaignId, long branchId, long branchOrganisationId) {
            return new Change(
                    ChangedRecord.DELIVERABLE,
                    id,
                    ChangeOperation.UPDATED,
                    status.name(),
                    campaignId,
                    branchId,
                    branchOrganisationId);
        }
    }
}
