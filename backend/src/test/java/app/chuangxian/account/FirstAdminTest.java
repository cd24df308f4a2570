package app.chuangxian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chuangxian.common.error.ApiException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The command behind `make admin` refuses once an enabled ADMIN exists and never takes a weak password. Creating the
 * first one on an empty database is proven with the production jar by scripts/e2e.sh and scripts/smoke.test.mjs.
 */
@QuarkusTest
class FirstAdminTest {
    @Inject
    FirstAdmin firstAdmin;

    @Test
    void refusesOnceAnAdminExists() {
        AccountFixtures.direct("ADMIN", null);
        ApiException e = assertThrows(ApiException.class, () -> firstAdmin.create("another-root", null, "Kx7!Rqv2mw"));
        assertEquals("ADMIN_EXISTS", e.toProblem().code());
    }

    @Test
    void refusesAWeakPasswordOrABadName() {
        assertEquals(
                "VALIDATION_FAILED",
                assertThrows(ApiException.class, () -> firstAdmin.create("root2", null, "Admin@123"))
                        .toProblem()
                        .code());
        assertEquals(
                "VALIDATION_FAILED",
                assertThrows(ApiException.class, () -> firstAdmin.create("a b", null, "Kx7!Rqv2mw"))
                        .toProblem()
                        .code());
    }
}
