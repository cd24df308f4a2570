package app.chuangxian.deliverable.progress;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.Phase;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.deliverable.progress.ProgressViews.Cell;
import app.chuangxian.deliverable.progress.ProgressViews.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assembles the progress board from a fixed number of queries. */
@ApplicationScoped
public class ProgressService {
    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Inject
    ProgressQueries queries;

    @Inject
    CommitteeClock clock;

    public ProgressViews.Board board(long campaignId, Long phaseId, PageQuery paging) {
        Campaign campaign = campaigns.visible(campaignId);
        Long only = user.isBranchScoped() ? campaigns.ownBranch() : null;
        var scope = new ProgressQueries.Scope(campaignId, phaseId, only, campaign.dayOf(clock));

        List<Phase> phases = campaigns.phases(campaignId, phaseId);
        List<DeliverableType> types = campaigns.requiredTypes(campaignId);
        Map<Long, long[]> totals = new HashMap<>();
        for (Object[] r : queries.totals(scope)) {
            long[] t = totals.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[6]);
            t[((Number) r[1]).intValue()] += ((Number) r[2]).longValue();
            t[5] += r[3] == null ? 0 : ((Number) r[3]).longValue();
        }
        List<ProgressViews.PhaseView> phaseViews = phases.stream()
                .map(p -> {
                    long[] t = totals.getOrDefault(p.id, new long[6]);
                    return new ProgressViews.PhaseView(
                            p.id,
                            p.code,
                            p.name,
                            p.endsOn,
                            types.stream()
                                    .filter(ty -> ty.phaseId.equals(p.id))
                                    .map(ty -> new ProgressViews.TypeRef(ty.id, ty.code, ty.name))
                                    .toList(),
                            new Totals(t[0], t[1], t[2], t[3], t[4], t[5]));
                })
                .toList();

        long total = queries.countBranches(scope);
        List<Object[]> page = queries.branchPage(
                scope,
                paging.resolveSort(ProgressQueries.BRANCH_ORDER, "code"),
                (paging.page - 1) * paging.size,
                paging.size);
        List<Long> ids = page.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<Cell>> cells = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : queries.cells(scope, ids)) {
                cells.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new Cell(
                                ((Number) r[1]).longValue(),
                                ((Number) r[2]).longValue(),
                                ProgressQueries.BY_RANK[((Number) r[3]).intValue()],
                                ((Number) r[4]).intValue() == 1));
            }
        }
        List<ProgressViews.BranchRow> rows = page.stream()
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new ProgressViews.BranchRow(
                            id, (String) r[1], (String) r[2], cells.getOrDefault(id, List.of()));
                })
                .toList();
        return new ProgressViews.Board(phaseViews, new ProgressViews.BranchRowPage(paging.result(rows, total)));
    }
}
