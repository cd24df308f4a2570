package app.chuangxian.assessment;

import app.chuangxian.campaign.AggregationMethod;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A branch's kept aggregates of its submitted scoresheets (ADR 014): what the ranking reads instead of every score.
 * Every change of a submitted sheet's scores or of a consensus first {@link #lock}s the branch's row, then changes
 * its data, then {@link #recompute}s the branch from its submitted sheets, all in one transaction. The lock comes
 * before the change so that two submits for one branch wait in line instead of deadlocking on each other's sheets;
 * the recompute's reads are those of an UPDATE and an INSERT ... SELECT, which see the latest committed rows.
 */
@ApplicationScoped
public class ScoreAggregates {
    static final int BATCH = 200;
    private static final String SUBMITTED = " s.campaign_id = :c and s.branch_id = :b and s.status = 'SUBMITTED'";

    /** The branch's submitted sheets in total order, with their place and count, as the methods choose among them. */
    private static final String SHEETS = "(select s.id, s.total, row_number() over (order by s.total, s.id) rn,"
            + " count(*) over () cnt from scoresheets s where" + SUBMITTED + ")";

    @Inject
    EntityManager em;

    /** Which of a branch's sheets (columns {@code rn} of {@code cnt}, ordered by total then id) a method counts. */
    public static String counted(AggregationMethod method) {
        return switch (method) {
            case MEAN -> "1 = 1";
            case MEDIAN -> "rn in (floor((cnt + 1) / 2), floor(cnt / 2) + 1)";
            case TRIMMED_MEAN -> "(cnt < 5 or (rn > 1 and rn < cnt))";
        };
    }

    /** The column prefix of a method's figures in the aggregate tables. */
    public static String column(AggregationMethod method) {
        return switch (method) {
            case MEAN -> "mean";
            case MEDIAN -> "median";
            case TRIMMED_MEAN -> "trimmed";
        };
    }

    /**
     * Takes the branch's aggregate row for update, creating it when missing; the caller changes the branch's sheets
     * or consensus only after this, in the same transaction, and then calls {@link #recompute}.
     */
    public void lock(long campaignId, long branchId) {
        em.createNativeQuery("insert into branch_score_aggregates (campaign_id, branch_id, sheets) values (:c, :b, 0)"
                        + " on duplicate key update sheets = sheets")
                .setParameter("c", campaignId)
                .setParameter("b", branchId)
                .executeUpdate();
    }

    /** Recomputes the branch's aggregate rows from its submitted sheets and its consensus; its row must be locked. */
    public void recompute(long campaignId, long branchId) {
        StringBuilder update = new StringBuilder("update branch_score_aggregates set")
                .append(" sheets = (select count(*) from scoresheets s where")
                .append(SUBMITTED)
                .append("), total_spread = (select max(s.total) - min(s.total) from scoresheets s where")
                .append(SUBMITTED)
                .append("), indicator_spread = (select max(x.spread) from (select max(sc.points) - min(sc.points)")
                .append(" spread from scoresheets s join scoresheet_scores sc on sc.scoresheet_id = s.id where")
                .append(SUBMITTED)
                .append(" group by sc.indicator_id) x)");
        for (AggregationMethod m : AggregationMethod.values()) {
            update.append(", ")
                    .append(column(m))
                    .append("_total = (select round(avg(d.total), 2) from ")
                    .append(SHEETS)
                    .append(" d where ")
                    .append(counted(m))
                    .append(")");
        }
        update.append(", consensus_total = (select sum(cs.points) from consensus_results r")
                .append(
                        " join consensus_scores cs on cs.consensus_id = r.id where r.campaign_id = :c and r.branch_id = :b)")
                .append(" where campaign_id = :c and branch_id = :b");
        int updated = em.createNativeQuery(update.toString())
                .setParameter("c", campaignId)
                .setParameter("b", branchId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("Aggregate of branch " + branchId + " recomputed before it was locked");
        }
        StringBuilder points = new StringBuilder();
        StringBuilder pick = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (AggregationMethod m : AggregationMethod.values()) {
            String col = column(m);
            points.append(" round(sum(case when ")
                    .append(counted(m).replace("rn", "d.rn").replace("cnt", "d.cnt"))
                    .append(" then sc.points end) / (select count(*) from ")
                    .append(SHEETS)
                    .append(" u where ")
                    .append(counted(m))
                    .append("), 2) p_")
                    .append(col)
                    .append(m == AggregationMethod.TRIMMED_MEAN ? "" : ",");
            pick.append(" x.p_").append(col).append(",");
            set.append(col).append("_points = values(").append(col).append("_points), ");
        }
        // every standard of the campaign gets its row rewritten, so a standard no longer scored goes back to null
        em.createNativeQuery("insert into branch_standard_aggregates (campaign_id, branch_id, standard_id,"
                        + " mean_points, median_points, trimmed_points, consensus_points)"
                        + " select :c, :b, st.id," + pick + " k.points from standards st"
                        + " left join (select i.standard_id," + points
                        + " from " + SHEETS + " d join scoresheet_scores sc on sc.scoresheet_id = d.id"
                        + " join indicators i on i.id = sc.indicator_id group by i.standard_id) x"
                        + " on x.standard_id = st.id"
                        + " left join (select cs.standard_id, cs.points from consensus_results r"
                        + " join consensus_scores cs on cs.consensus_id = r.id"
                        + " where r.campaign_id = :c and r.branch_id = :b) k on k.standard_id = st.id"
                        + " where st.campaign_id = :c"
                        + " on duplicate key update " + set + "consensus_points = values(consensus_points)")
                .setParameter("c", campaignId)
                .setParameter("b", branchId)
                .executeUpdate();
    }

    /** Locks and recomputes one branch: for writers that change sheets without the scoring services (the demo data). */
    public void refresh(long campaignId, long branchId) {
        lock(campaignId, branchId);
        recompute(campaignId, branchId);
    }

    /**
     * Creates the aggregates of every branch that has submitted sheets or a consensus but no aggregate row yet: the
     * rows written before the aggregates were kept, and campaigns written as rows. In transactions of {@value #BATCH}
     * branches, so that a national campaign's first start stays within the transaction timeout.
     */
    public int backfill() {
        List<?> missing = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select x.campaign_id, x.branch_id from ("
                                + " select distinct s.campaign_id, s.branch_id from scoresheets s"
                                + " where s.status = 'SUBMITTED'"
                                + " union select r.campaign_id, r.branch_id from consensus_results r) x"
                                + " where not exists (select 1 from branch_score_aggregates a"
                                + " where a.campaign_id = x.campaign_id and a.branch_id = x.branch_id)")
                        .getResultList());
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<?> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                for (Object o : batch) {
                    Object[] r = (Object[]) o;
                    refresh(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                }
            });
        }
        return missing.size();
    }
}
