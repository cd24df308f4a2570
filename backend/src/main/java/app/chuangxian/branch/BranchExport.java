package app.chuangxian.branch;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.export.Download;
import app.chuangxian.common.export.Spreadsheet;
import app.chuangxian.common.export.Spreadsheet.Column;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.PhoneMask;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The branch register as a spreadsheet: the same filters and visibility as the list, every matching row. */
@ApplicationScoped
public class BranchExport {
    static final Map<BranchKind, String> KINDS =
            Map.of(BranchKind.BRANCH, "支部", BranchKind.GENERAL_BRANCH, "总支", BranchKind.GRASSROOTS_COMMITTEE, "基层委员会");
    static final Map<BranchStatus, String> STATUSES = Map.of(BranchStatus.ACTIVE, "正常", BranchStatus.ARCHIVED, "已归档");
    private static final int BATCH = 500;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    BranchService branches;

    @Inject
    OrganisationService organisations;

    @Transactional
    public Download register(String q, BranchStatus status, BranchKind kind, Long organisationId) {
        var query = Branch.search(
                branches.filter(q, status, kind, organisationId),
                Sort.by("code").and("id"));
        boolean staff = user.isAdmin();
        List<Column> columns = Arrays.asList(
                new Column("代码", 10),
                new Column("名称", 30),
                new Column("类型", 12),
                new Column("工作单位", 24),
                new Column("成立日期", 12),
                new Column("会员数", 8),
                new Column("负责人", 10),
                new Column("联系电话", 14),
                new Column("电子邮箱", 24),
                new Column("联系的党组织", 26),
                new Column("地址", 30),
                new Column("状态", 8),
                new Column("所属组织", 24));
        try (Spreadsheet sheet = new Spreadsheet("基层组织", columns)) {
            int page = 0;
            List<Branch> batch;
            do {
                batch = query.page(page++, BATCH).list();
                Map<Long, OrganisationRef> names = organisations.refs(
                        batch.stream().map(b -> b.organisationId).toList());
                for (Branch b : batch) {
                    sheet.row(Arrays.asList(
                            b.code,
                            b.name,
                            KINDS.get(b.kind),
                            b.workUnit,
                            b.establishedOn,
                            b.memberCount,
                            b.chairName,
                            staff ? b.contactPhone : PhoneMask.mask(b.contactPhone),
                            b.contactEmail,
                            b.liaisonPartyOrg,
                            b.address,
                            STATUSES.get(b.status),
                            names.get(b.organisationId).name()));
                }
                Branch.getEntityManager().clear();
            } while (batch.size() == BATCH);
            byte[] body = sheet.toBytes("基层组织名册");
            audit.export(
                    "Branch",
                    null,
                    "branch register as xlsx" + (q == null ? "" : ", search " + q)
                            + (status == null ? "" : ", status " + status) + (kind == null ? "" : ", kind " + kind));
            return new Download(body, Download.XLSX, "基层组织名册.xlsx", "Branch.xlsx");
        }
    }
}
