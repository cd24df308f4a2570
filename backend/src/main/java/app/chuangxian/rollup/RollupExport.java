package app.chuangxian.rollup;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.export.Download;
import app.chuangxian.common.export.Spreadsheet;
import app.chuangxian.common.export.Spreadsheet.Column;
import app.chuangxian.common.paging.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The roll-up for spreadsheets: every child, a page at a time, then the total. */
@ApplicationScoped
public class RollupExport {
    private static final Map<String, String> LEVELS =
            Map.of("CENTRE", "会中央", "PROVINCE", "会省委", "CITY", "会市委", "COUNTY", "县区委");

    @Inject
    RollupService rollups;

    @Inject
    AuditLog audit;

    public Download rollup(long id, Integer year) {
        List<RollupView> rows = new ArrayList<>();
        RollupPage page;
        int n = 1;
        do {
            PageQuery paging = new PageQuery();
            paging.page = n++;
            paging.size = PageQuery.MAX_SIZE;
            paging.sort = "name";
            page = rollups.rollup(id, year, paging);
            rows.addAll(page.items);
        } while ((long) page.page * page.size < page.total);
        rows.add(page.overall);
        List<Column> columns = Arrays.asList(
                new Column("组织", 30),
                new Column("级别", 8),
                new Column("基层组织", 10),
                new Column("其中在册", 10),
                new Column("活动", 8),
                new Column("其中实施方案", 12),
                new Column("进行中", 8),
                new Column("结果已发布", 10),
                new Column("参加的基层组织", 14),
                new Column("待审核材料", 10),
                new Column("已通过材料", 10),
                new Column("退回修改材料", 12),
                new Column("推荐名额", 10),
                new Column("已推荐", 8));
        try (Spreadsheet sheet = new Spreadsheet("汇总", columns)) {
            for (int i = 0; i < rows.size(); i++) {
                RollupView r = rows.get(i);
                boolean total = i == rows.size() - 1;
                sheet.row(Arrays.asList(
                        total
                                ? r.organisation().name() + "（合计）"
                                : r.organisation().name(),
                        LEVELS.get(r.organisation().level().name()),
                        r.branches(),
                        r.activeBranches(),
                        r.campaigns(),
                        r.plans(),
                        r.campaignsUnderWay(),
                        r.resultsPublished(),
                        r.participations(),
                        r.deliverablesSubmitted(),
                        r.deliverablesAccepted(),
                        r.deliverablesReturned(),
                        r.quota(),
                        r.recommended()));
            }
            String name = page.overall.organisation().name();
            byte[] body = sheet.toBytes(name + "汇总" + (year == null ? "" : "（" + year + "年）"));
            audit.export("Organisation", id, "roll-up as xlsx" + (year == null ? "" : ", year " + year));
            return new Download(body, Download.XLSX, name + "-汇总.xlsx", "rollup-" + id + ".xlsx");
        }
    }
}
