package app.chuangxian.assessment.results;

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
 * The campaign's results in SQL: which submitted scoresheets count (by the aggregation method), each branch's
 * total, its disagreement flag, the consensus override, the rank and the grade. One statement for all branches.
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
        return switch (method) {
            case MEAN -> "1 = 1";
            case MEDIAN -> "rn in (floor((cnt + 1) / 2), floor(cnt / 2) + 1)";
            case TRIMMED_MEAN -> "(cnt < 5 or (rn > 1 and rn < cnt))";
        };
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

    public List<Row> ranking(
            long campaignId,
            AggregationMethod method,
            long firstStandardId,
            Filter filter,
            String orderBy,
            int offset,
            int limit) {
        String sql = sheetsCte(method, false) + ","
                + " agg as (select branch_id, avg(total) total, count(*) used from counted group by branch_id),"
                + " spread as (select branch_id, max(total) - min(total) total_spread, count(*) sheets from sheets group by branch_id),"
                + " ind as (select branch_id, max(spread) ind_spread from (select s.branch_id, sc.indicator_id,"
                + " max(sc.points) - min(sc.points) spread from sheets s join scoresheet_scores sc on sc.scoresheet_id = s.id"
                + " group by s.branch_id, sc.indicator_id) x group by branch_id),"
                + " fst as (select c.branch_id, sum(sc.points) pts from counted c"
                + " join scoresheet_scores sc on sc.scoresheet_id = c.id join indicators i on i.id = sc.indicator_id"
                + " where i.standard_id = :fs group by c.branch_id),"
                + " cons as (select r.branch_id, sum(cs.points) total,"
                + " sum(case when cs.standard_id = :fs then cs.points else 0 end) first_pts"
                + " from consensus_results r join consensus_scores cs on cs.consensus_id = r.id"
                + " where r.campaign_id = :c group by r.branch_id),"
                + " final as (select p.branch_id, b.code, b.name,"
                + " coalesce(cons.total, round(agg.total, 2)) total,"
                + " coalesce(cons.first_pts, round(fst.pts / agg.used, 2)) first_pts,"
                + " coalesce(spread.sheets, 0) sheets,"
                + " case when spread.sheets >= 2 and (spread.total_spread > camp.disagreement_threshold"
                + " or ind.ind_spread > camp.disagreement_threshold) then 1 else 0 end flagged,"
                + " case when cons.branch_id is null then 0 else 1 end has_consensus"
                + " from campaign_branches p join branches b on b.id = p.branch_id join campaigns camp on camp.id = p.campaign_id"
                + " left join agg on agg.branch_id = p.branch_id left join spread on spread.branch_id = p.branch_id"
                + " left join ind on ind.branch_id = p.branch_id left join fst on fst.branch_id = p.branch_id"
                + " left join cons on cons.branch_id = p.branch_id where p.campaign_id = :c),"
                + " ranked as (select f.*, case when f.total is null then 1 else 0 end unscored,"
                + " rank() over (order by case when f.total is null then 1 else 0 end, f.total desc) rnk,"
                + " row_number() over (order by case when f.total is null then 1 else 0 end, f.total desc,"
                + " f.first_pts desc, f.code) pos from final f)"
                + " select r.branch_id, r.code, r.name, r.total, case when r.unscored = 1 then null else r.rnk end,"
                + " r.pos, r.sheets, r.flagged, r.has_consensus,"
                + " (select g.name from grade_thresholds g where g.campaign_id = :c and g.min_total <= r.total"
                + " order by g.min_total desc, g.id limit 1) grade,"
                + " count(*) over () total_rows from ranked r where 1 = 1"
                + (filter.branchId() == null ? "" : " and r.branch_id = :b")
                + (filter.flagged() == null ? "" : " and r.flagged = :flagged")
                + (Boolean.TRUE.equals(filter.missingConsensus()) ? " and r.flagged = 1 and r.has_consensus = 0" : "")
                + " order by " + orderBy;
        Query q = em.createNativeQuery(sql).setParameter("c", campaignId).setParameter("fs", firstStandardId);
        if (filter.branchId() != null) {
            q.setParameter("b", filter.branchId());
        }
        if (filter.flagged() != null) {
            q.setParameter("flagged", filter.flagged() ? 1 : 0);
        }
        List<?> rows = q.setFirstResult(offset).setMaxResults(limit).getResultList();
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
        List<?> rows = em.createNativeQuery(sheetsCte(method, true) + ","
                        + " used as (select branch_id, count(*) n from counted group by branch_id)"
                        + " select c.branch_id, i.standard_id, round(sum(sc.points) / u.n, 2) from counted c"
                        + " join used u on u.branch_id = c.branch_id join scoresheet_scores sc on sc.scoresheet_id = c.id"
                        + " join indicators i on i.id = sc.indicator_id group by c.branch_id, i.standard_id, u.n")
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
