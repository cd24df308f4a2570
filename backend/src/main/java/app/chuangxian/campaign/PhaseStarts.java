package app.chuangxian.campaign;

import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports to the change feed each phase of a running campaign that has started (PHASE, status {@value #STARTED}),
 * once: on its first day, or on the first run after it when the job did not run that day. Campaigns entered as of a
 * past date report none. The campaign calendar's job calls it, once across API instances.
 */
@ApplicationScoped
public class PhaseStarts {
    public static final String STARTED = "STARTED";

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    /** Reports the phases under way on {@code today} not reported yet; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int report(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select p.id, c.id, c.organisation_id from campaign_phases p"
                        + " join campaigns c on c.id = p.campaign_id and c.status = 'ACTIVE' and c.recorded_as_of is null"
                        + " where p.starts_on <= :today and p.ends_on >= :today and not exists (select 1 from changes x"
                        + " where x.resource = 'PHASE' and x.resource_id = p.id and x.status = '" + STARTED + "')"
                        + " order by p.starts_on, p.id")
                .setParameter("today", today)
                .getResultList();
        for (Object[] r : due) {
            long campaignId = ((Number) r[1]).longValue();
            changes.record(new ChangeLog.Change(
                    ChangedRecord.PHASE,
                    ((Number) r[0]).longValue(),
                    ChangeOperation.UPDATED,
                    STARTED,
                    campaignId,
                    null,
                    ((Number) r[2]).longValue()));
        }
        return due.size();
    }
}
