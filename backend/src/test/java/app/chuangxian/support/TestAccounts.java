package app.chuangxian.support;

import app.chuangxian.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Set;

/** Real accounts for tests that need one behind the token (messages go to accounts). */
public final class TestAccounts {
    private TestAccounts() {}

    /** A new chair's account of the branch, and a token issued to it. */
    public static String chairOf(long branchId) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = "chair-" + branchId + "-" + System.nanoTime() % 1_000_000;
            a.displayName = "主委";
            a.passwordHash = "x";
            a.roles = "BRANCH";
            a.branchId = branchId;
            a.persist();
            return a.id;
        });
        return Tokens.account("chair-" + id, Set.of("BRANCH"), id, branchId);
    }
}
