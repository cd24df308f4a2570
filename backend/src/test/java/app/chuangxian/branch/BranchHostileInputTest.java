package app.chuangxian.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.security.HostileInputWalk;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input on the operations of branches, accounts, sign-in and the audit log, and a refused branch update. */
@QuarkusTest
class BranchHostileInputTest extends HostileInputWalk {
    @Override
    protected Area area() {
        return Area.PEOPLE;
    }

    @Test
    void aRefusedBranchUpdateChangesNothing() {
        long id = Samples.branch();
        String admin = Tokens.admin();
        Map<String, Object> before = get(admin, "/api/v1/branches/" + id);
        Map<String, Object> change = Samples.branchBody();
        change.put("code", before.get("code"));
        change.put("version", before.get("version"));
        change.put("name", "改过的名称" + Samples.unique("N"));
        List<String> failures = new ArrayList<>();
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "memberCount", "abc"), 400);
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "kind", "NOPE"), 400);
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "address", "长".repeat(100_000)), 400);
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "contactPhone", "电话"), 400);
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "version", STALE), 409);
        refuse(failures, admin, "PUT", "/api/v1/branches/" + id, with(change, "code", "BAD CODE"), 400);
        assertEquals(List.of(), failures, report(failures));
        assertEquals(before, get(admin, "/api/v1/branches/" + id), "the branch after refused updates");
    }
}
