package app.chuangxian.common.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;

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
     * Records an update of each of these rows of {@code table} at once, after a bulk update, in the caller's
     * transaction. The table names its columns as the feed does: {@code id}, {@code status}, {@code campaign_id},
     * {@code branch_id} and {@code organisation_id}. {@code table} is a constant of the caller, never input.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUpdates(ChangedRecord resource, String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into changes (occurred_at, resource, resource_id, operation, status,"
                        + " campaign_id, branch_id, organisation_id) select :at, :resource, t.id, 'UPDATED', t.status,"
                        + " t.campaign_id, t.branch_id, t.organisation_id from " + table + " t where t.id in (:ids)"
                        + " order by t.id")
                .setParameter("at", Instant.now())
                .setParameter("resource", resource.name())
                .setParameter("ids", ids)
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

        /** A change of a record of any kind, with its status afterwards (null when it has none or is gone). */
        public static Change of(
                ChangedRecord resource,
                long id,
                ChangeOperation operation,
                Enum<?> status,
                Long campaignId,
                Long branchId,
                long organisationId) {
            return new Change(
                    resource,
                    id,
                    operation,
                    status == null ? null : status.name(),
                    campaignId,
                    branchId,
                    organisationId);
        }

        public static Change branch(long id, ChangeOperation operation, Enum<?> status, long organisationId) {
            return of(ChangedRecord.BRANCH, id, operation, status, null, id, organisationId);
        }

        public static Change campaign(long id, ChangeOperation operation, Enum<?> status, long organisationId) {
            return of(ChangedRecord.CAMPAIGN, id, operation, status, id, null, organisationId);
        }

        public static Change results(long campaignId, Enum<?> status, long organisationId) {
            return of(
                    ChangedRecord.RESULTS,
                    campaignId,
                    ChangeOperation.UPDATED,
                    status,
                    campaignId,
                    null,
                    organisationId);
        }

        public static Change deliverable(
                long id, Enum<?> status, long campaignId, long branchId, long branchOrganisationId) {
            return of(
                    ChangedRecord.DELIVERABLE,
                    id,
                    ChangeOperation.UPDATED,
                    status,
                    campaignId,
                    branchId,
                    branchOrganisationId);
        }
    }
}
