package app.chuangxian.demo;

import app.chuangxian.account.Account;
import app.chuangxian.account.PasswordHashing;
import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;

/** The branches of the Lüliang committee, one per district and county, and the demo Account. */
@ApplicationScoped
public class BranchAndAccountSeeder implements DemoSeeder {
    /** code, name, kind, work unit, members, chair, liaison party organisation. */
    private static final String[][] BRANCHES = {
        {"LS", "民进离石区总支", "GENERAL_BRANCH", "离石区教育系统", "46", "王建华", "中共离石区委统战部"},
        {"XY", "民进孝义市基层委员会", "GRASSROOTS_COMMITTEE", "孝义市中学", "58", "李文涛", "中共孝义市委统战部"},
        {"FY", "民进汾阳市总支", "GENERAL_BRANCH", "汾阳市医院", "39", "张丽萍", "中共汾阳市委统战部"},
        {"WS", "民进文水县支部", "BRANCH", "文水县第一中学", "21", "刘志强", "中共文水县第一中学委员会"},
        {"JC", "民进交城县支部", "BRANCH", "交城县文化馆", "17", "陈晓燕", "中共交城县委统战部"},
        {"XX", "民进兴县支部", "BRANCH", "兴县职业中学", "14", "赵国庆", "中共兴县县委统战部"},
        {"LX", "民进临县支部", "BRANCH", "临县人民医院", "19", "孙海燕", "中共临县县委统战部"},
        {"LL", "民进柳林县支部", "BRANCH", "柳林县第二中学", "23", "周建军", "中共柳林县委统战部"},
        {"SL", "民进石楼县支部", "BRANCH", "石楼县教育局", "12", "吴红梅", "中共石楼县委统战部"},
        {"LAN", "民进岚县支部", "BRANCH", "岚县中学", "13", "郑晓东", "中共岚县县委统战部"},
        {"FS", "民进方山县支部", "BRANCH", "方山县农业局", "11", "冯玉兰", "中共方山县委统战部"},
        {"ZY", "民进中阳县支部", "BRANCH", "中阳县第一中学", "16", "何志刚", "中共中阳县委统战部"},
        {"JK", "民进交口县支部", "BRANCH", "交口县医院", "10", "高秀英", "中共交口县委统战部"},
    };

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoContext context) {
        int n = 0;
        for (String[] row : BRANCHES) {
            n++;
            Branch b = new Branch();
            b.code = row[0];
            b.name = row[1];
            b.kind = BranchKind.valueOf(row[2]);
            b.workUnit = row[3];
            b.memberCount = Integer.parseInt(row[4]);
            b.chairName = row[5];
            b.liaisonPartyOrg = row[6];
            b.establishedOn = LocalDate.of(1990 + n, 1 + n % 12, 1 + n);
            b.contactPhone = String.format("1380358%04d", 1000 + n * 37);
            b.address = "山西省吕梁市" + row[3];
            b.organisationId = context.organisationIds.get(DemoContext.CITY);
            Branch.persist(b);
            context.branchIds.put(b.code, b.id);
        }
        String hash = PasswordHashing.hash(DemoDataLoader.DEMO_PASSWORD);
        account(context, hash, "admin", "会市委组织部", Set.of(Roles.ADMIN), null, "committee staff (ADMIN)");
        account(context, hash, "auditor", "审计员", Set.of(Roles.AUDITOR), null, "audit log reader (AUDITOR)");
        account(context, hash, "leader", "市委领导", Set.of(Roles.VIEWER), null, "leadership, read-only (VIEWER)");
        account(context, hash, "assessor1", "考核组 王评", Set.of(Roles.ASSESSOR), null, "assessor (ASSESSOR)");
        account(context, hash, "assessor2", "考核组 李评", Set.of(Roles.ASSESSOR), null, "assessor (ASSESSOR)");
        account(
                context,
                hash,
                "assessor3",
                "考核组 赵评",
                Set.of(Roles.ASSESSOR),
                context.branchIds.get("FY"),
                "assessor and member of 汾阳 (ASSESSOR)");
        account(
                context,
                hash,
                "lishi",
                "离石区总支 王建华",
                Set.of(Roles.BRANCH),
                context.branchIds.get("LS"),
                "chair of 民进离石区总支 (BRANCH)");
        account(
                context,
                hash,
                "xiaoyi",
                "孝义市基层委员会 李文涛",
                Set.of(Roles.BRANCH),
                context.branchIds.get("XY"),
                "chair of 民进孝义市基层委员会 (BRANCH)");
        account(
                context,
                hash,
                "wenshui",
                "文水县支部 刘志强",
                Set.of(Roles.BRANCH),
                context.branchIds.get("WS"),
                "chair of 民进文水县支部 (BRANCH)");
    }

    private void account(
            DemoContext context,
            String hash,
            String username,
            String displayName,
            Set<String> roles,
            Long branchId,
            String description) {
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = hash;
        a.setRoleSet(roles);
        a.branchId = branchId;
        a.organisationId = context.organisationIds.get(DemoContext.CITY);
        a.mustChangePassword = false;
        a.phone = String.format("1390358%04d", 2000 + context.accountIds.size() * 11);
        Account.persist(a);
        context.accountIds.put(username, a.id);
        context.signIns.put(username, description);
    }
}
