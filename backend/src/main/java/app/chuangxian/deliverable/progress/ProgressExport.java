package app.chuangxian.deliverable.progress;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.Phase;
import app.chuangxian.common.export.Download;
import app.chuangxian.common.export.Spreadsheet;
import app.chuangxian.common.export.Spreadsheet.Column;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.deliverable.progress.ProgressViews.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The progress board as a spreadsheet: one row per participating branch, one column per required deliverable. */
@ApplicationScoped
public class ProgressExport {
    static final Map<State, String> LABELS = Map.of(
            State.MISSING,
            "未提交",
            State.DRAFT,
            "草稿",
            State.RETURNED,
            "已退回",
            State.SUBMITTED,
            "待审核",
            State.ACCEPTED,
            "已通过");
    private static final int BATCH = 500;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Inject
    ProgressQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    CommitteeClock clock;

    public Download board(long campaignId) {
        Campaign campaign = campaigns.visible(campaignId);
        Long only = user.isBranchScoped() ? campaigns.ownBranch() : null;
        var scope = new ProgressQueries.Scope(campaignId, null, only, campaign.dayOf(clock));
        Map<Long, String> phaseNames = new HashMap<>();
        Map<Long, Integer> phaseOrder = new HashMap<>();
        for (Phase p : campaigns.phases(campaignId, null)) {
            phaseNames.put(p.id, p.name);
            phaseOrder.put(p.id, p.seq);
        }
        List<DeliverableType> types = new ArrayList<>(campaigns.requiredTypes(campaignId));
        types.sort(java.util.Comparator.<DeliverableType>comparingInt(t -> phaseOrder.getOrDefault(t.phaseId, 0))
                .thenComparingInt(t -> t.seq));
        List<Column> columns = new ArrayList<>(List.of(new Column("代码", 10), new Column("基层组织", 28)));
        Map<Long, Integer> columnOf = new HashMap<>();
        for (DeliverableType t : types) {
            columnOf.put(t.id, columns.size());
            columns.add(new Column(phaseNames.getOrDefault(t.phaseId, "") + "·" + t.name, 22));
        }
        columns.add(new Column("未提交", 8));
        columns.add(new Column("逾期", 8));
        try (Spreadsheet sheet = new Spreadsheet("材料进度", columns)) {
            int offset = 0;
            List<Object[]> page;
            do {
                page = queries.branchPage(scope, offset, BATCH);
                offset += BATCH;
                List<Long> ids =
                        page.stream().map(r -> ((Number) r[0]).longValue()).toList();
                Map<Long, List<Object[]>> cells = new HashMap<>();
                if (!ids.isEmpty()) {
                    for (Object[] c : queries.cells(scope, ids)) {
                        cells.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>())
                                .add(c);
                    }
                }
                for (Object[] r : page) {
                    List<Object> row = new ArrayList<>(columns.size());
                    row.add(r[1]);
                    row.add(r[2]);
                    for (int i = 2; i < columns.size(); i++) {
                        row.add(null);
                    }
                    int missing = 0;
                    int late = 0;
                    for (Object[] c : cells.getOrDefault(((Number) r[0]).longValue(), List.of())) {
                        Integer col = columnOf.get(((Number) c[2]).longValue());
                        State state = ProgressQueries.BY_RANK[((Number) c[3]).intValue()];
                        boolean isLate = ((Number) c[4]).intValue() == 1;
                        missing += state == State.MISSING ? 1 : 0;
                        late += isLate ? 1 : 0;
                        if (col != null) {
                            row.set(col, LABELS.get(state) + (isLate ? "（逾期）" : ""));
                        }
                    }
                    row.set(columns.size() - 2, missing);
                    row.set(columns.size() - 1, late);
                    sheet.row(row);
                }
            } while (page.size() == BATCH);
            byte[] body = sheet.toBytes(campaign.title + " 材料进度");
            audit.export("Campaign", campaignId, "deliverable progress of campaign " + campaignId + " as xlsx");
            return new Download(
                    body, Download.XLSX, campaign.title + "-材料进度.xlsx", "campaign-" + campaignId + "-progress.xlsx");
        }
    }
}
