package app.chuangxian.assessment.results;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.campaign.AggregationMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's results in SQL: each branch's total, its disagreement flag, the consensus override, the rank and
 * the grade, read from the aggregates kept of its submitted scoresheets (ADR 014). One statement for a page.
 */
@ApplicationScoped
public class ResultsQueries {
    /** One branch's line of the ranking, before eligibility and per-standard scores are added. */
    public record Row(
            long branchId,
            String code,
            String name,
            BigDecimal total,
            Long rank,
            long position,
            long sheets,
            boolean flagged,
            boolean consensus,
            String grade,
            long totalRows) {}

    /** Filters of the ranking, applied after ranking so ranks stay those of the whole campaign. */
    public record Filter(Long branchId, Boolean flagged, Boolean missingConsensus) {}

    @Inject
    EntityManager em;

    static String counted(AggregationMethod method) {
        return ScoreAggregates.counted(method);
    }

    /** The counted scoresheets of the campaign (optionally of some branches) as CTEs {@code sheets} and {@code counted}. */
    static String sheetsCte(AggregationMethod method, boolean someBranches) {
        return "with sheets as (select s.id, s.branch_id, s.total,"
                + " row_number() over (partition by s.branch_id order by s.total, s.id) rn,"
                + " count(*) over (partition by s.branch_id) cnt"
                + " from scoresheets s where s.campaign_id = :c and s.status = 'SUBMITTED'"
                + (someBranches ? " and s.branch_id in (:ids)" : "") + "),"
                + " counted as (select id, branch_id, total from sheets where " + counted(method) + ")";
    }

    /**
     * A page of the campaign's ranking, read from the kept aggregates (ADR 014): the rank and display position are
     * windows over every participating branch's aggregate row; the grade is looked up for the page's rows only.
     */
    public List<Row> ranking(
            long campaignId,
            AggregationMethod method,
            long firstStandardId,
            Filter filter,
            String orderBy,
            int offset,
            int limit) {
        String m = ScoreAggregates.column(method);
        String sql = "with final as (select p.branch_id, b.code, b.name,"
                + " coalesce(a.consensus_total, a." + m + "_total) total,"
                + " case when a.consensus_total is not null then coalesce(fs.consensus_points, 0)"
                + " else fs." + m + "_points end first_pts,"
                + " coalesce(a.sheets, 0) sheets,"
                + " case when a.sheets >= 2 and (a.total_spread > camp.disagreement_threshold"
                + " or a.indicator_spread > camp.disagreement_threshold) then 1 else 0 end flagged,"
                + " case when a.consensus_total is null then 0 else 1 end has_consensus"
                + " from campaign_branches p join branches b on b.id = p.branch_id join campaigns camp on camp.id = p.campaign_id"
                + " left join branch_score_aggregates a on a.campaign_id = p.campaign_id and a.branch_id = p.branch_id"
                + " left join branch_standard_aggregates fs on fs.campaign_id = p.campaign_id"
                + " and fs.branch_id = p.branch_id and fs.standard_id = :fs"
                + " where p.campaign_id = :c),"
                + " ranked as (select f.*, case when f.total is null then 1 else 0 end unscored,"
                + " rank() over (order by case when f.total is null then 1 else 0 end, f.total desc) rnk,"
                + " row_number() over (order by case when f.total is null then 1 else 0 end, f.total desc,"
                + " f.first_pts desc, f.code) pos from final f)"
                + " select r.branch_id, r.code, r.name, r.total, r.rnk, r.pos, r.sheets, r.flagged, r.has_consensus,"
                + " (select g.name from grade_thresholds g where g.campaign_id = :c and g.min_total <= r.total"
                + " order by g.min_total desc, g.id limit 1) grade, r.total_rows from ("
                + " select r.branch_id, r.code, r.name, r.total, case when r.unscored = 1 then null else r.rnk end rnk,"
                + " r.pos, r.sheets, r.flagged, r.has_consensus, count(*) over () total_rows from ranked r where 1 = 1"
                + (filter.branchId() == null ? "" : " and r.branch_id = :b")
                + (filter.flagged() == null ? "" : " and r.flagged = :flagged")
                + (Boolean.TRUE.equals(filter.missingConsensus()) ? " and r.flagged = 1 and r.has_consensus = 0" : "")
                + " order by " + orderBy + " limit :limit offset :offset) r order by " + orderBy;
        Query q = em.createNativeQuery(sql)
                .setParameter("c", campaignId)
                .setParameter("fs", firstStandardId)
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        if (filter.branchId() != null) {
            q.setParameter("b", filter.branchId());
        }
        if (filter.flagged() != null) {
            q.setParameter("flagged", filter.flagged() ? 1 : 0);
        }
        List<?> rows = q.getResultList();
        return rows.stream()
                .map(o -> {
                    Object[] r = (Object[]) o;
                    return new Row(
                            num(r[0]),
                            (String) r[1],
                            (String) r[2],
                            decimal(r[3]),
                            r[4] == null ? null : num(r[4]),
                            num(r[5]),
                            num(r[6]),
                            num(r[7]) == 1,
                            num(r[8]) == 1,
                            (String) r[9],
                            num(r[10]));
                })
                .toList();
    }

    /** Each standard's aggregated score for the given branches: branch id to (standard id to points). */
    public Map<Long, Map<Long, BigDecimal>> standardScores(
            long campaignId, AggregationMethod method, Collection<Long> branchIds) {
        Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
        if (branchIds.isEmpty()) {
            return result;
        }
        String m = ScoreAggregates.column(method);
        List<?> rows = em.createNativeQuery("select a.branch_id, a.standard_id, a." + m + "_points"
                        + " from branch_standard_aggregates a where a.campaign_id = :c and a.branch_id in (:ids)"
                        + " and a." + m + "_points is not null")
                .setParameter("c", campaignId)
                .setParameter("ids", branchIds)
                .getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            result.computeIfAbsent(num(r[0]), k -> new HashMap<>()).put(num(r[1]), decimal(r[2]));
        }
        return result;
    }

    static long num(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
    }

    static BigDecimal decimal(Object o) {
        if (o == null) {
            return null;
        }
        BigDecimal d = o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
