package app.chuangxian.demo;

import app.chuangxian.account.Account;
import app.chuangxian.account.PasswordHashing;
import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.common.security.Roles;
import app.chuangxian.organisation.Organisation;
import app.chuangxian.organisation.OrganisationLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The chain above the demo's committee (DOMAIN.md, "The campaign is national"): the central committee at the top (the
 * organisation every deployment starts with), the Shanxi provincial committee, Lüliang (the demo's own city, whose
 * branches the other seeders create) and a sibling city, Taiyuan, with two branches and its own administrator; and an
 * administrator for the province.
 */
@ApplicationScoped
public class OrganisationSeeder implements DemoSeeder {
    @Override
    public int order() {
        return 5;
    }

    @Override
    public void seed(DemoContext context) {
        Organisation centre = Organisation.findById(Organisation.ROOT_ID);
        centre.level = OrganisationLevel.CENTRE;
        centre.name = "民进中央委员会";
        centre.code = "ZY";
        context.organisationIds.put(centre.code, centre.id);
        Organisation shanxi = child(context, centre, OrganisationLevel.PROVINCE, "民进山西省委员会", "SX");
        child(context, shanxi, OrganisationLevel.CITY, "民进吕梁市委员会", DemoContext.CITY);
        Organisation taiyuan = child(context, shanxi, OrganisationLevel.CITY, "民进太原市委员会", "SX-TY");
        branch(taiyuan, "TY-YZ", "民进迎泽区支部", "迎泽区实验小学", 24, "韩雪梅");
        branch(taiyuan, "TY-XD", "民进小店区支部", "小店区人民医院", 18, "罗振宇");

        String hash = PasswordHashing.hash(DemoDataLoader.DEMO_PASSWORD);
        account(context, hash, "centre", "会中央组织部", centre, "central committee staff (ADMIN, 会中央)");
        account(context, hash, "shanxi", "会省委组织部", shanxi, "provincial committee staff (ADMIN, 山西)");
        account(context, hash, "taiyuan", "太原市委会组织部", taiyuan, "staff of the sibling city (ADMIN, 太原)");
    }

    private static Organisation child(
            DemoContext context, Organisation parent, OrganisationLevel level, String name, String code) {
        Organisation o = new Organisation();
        o.parentId = parent.id;
        o.level = level;
        o.name = name;
        o.code = code;
        o.depth = parent.depth + 1;
        o.path = "-";
        o.persistAndFlush();
        o.path = parent.path + o.id + "/";
        context.organisationIds.put(code, o.id);
        return o;
    }

    private static void branch(Organisation city, String code, String name, String unit, int members, String chair) {
        Branch b = new Branch();
        b.code = code;
        b.name = name;
        b.kind = BranchKind.BRANCH;
        b.workUnit = unit;
        b.memberCount = members;
        b.chairName = chair;
        b.address = "山西省太原市" + unit;
        b.organisationId = city.id;
        Branch.persist(b);
    }

    private static void account(
            DemoContext context, String hash, String username, String displayName, Organisation o, String what) {
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = hash;
        a.setRoleSet(Set.of(Roles.ADMIN));
        a.organisationId = o.id;
        a.mustChangePassword = false;
        Account.persist(a);
        context.accountIds.put(username, a.id);
        context.signIns.put(username, what);
    }
}
