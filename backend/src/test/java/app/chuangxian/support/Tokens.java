package app.chuangxian.support;

import app.chuangxian.common.security.CurrentUser;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/** Real RS256 tokens signed with the running application's key, as the login endpoint would issue them. */
public final class Tokens {
    private Tokens() {}

    public static String admin() {
        return token("t-admin", Set.of("ADMIN"), null);
    }

    public static String viewer() {
        return token("t-viewer", Set.of("VIEWER"), null);
    }

    public static String assessor() {
        return token("t-assessor", Set.of("ASSESSOR"), null);
    }

    public static String auditor() {
        return token("t-auditor", Set.of("AUDITOR"), null);
    }

    public static String branch(long branchId) {
        return token("t-branch-" + branchId, Set.of("BRANCH"), branchId);
    }

    public static String token(String username, Set<String> groups, Long branchId) {
        JwtClaimsBuilder builder = Jwt.upn(username).subject(username).groups(groups);
        if (branchId != null) {
            builder.claim(CurrentUser.BRANCH_CLAIM, branchId);
        }
        return builder.sign();
    }

    /**
     * A token of a real account (with its id) of the root organisation, where test accounts are made, as the login
     * endpoint issues it; scoring attributes actions to it.
     */
    public static String account(String username, Set<String> groups, long accountId, Long branchId) {
        JwtClaimsBuilder builder = Jwt.upn(username)
                .subject(username)
                .groups(groups)
                .claim(CurrentUser.ACCOUNT_CLAIM, accountId)
                .claim(CurrentUser.ORGANISATION_CLAIM, app.chuangxian.organisation.Organisation.ROOT_ID);
        if (branchId != null) {
            builder.claim(CurrentUser.BRANCH_CLAIM, branchId);
        }
        return builder.sign();
    }
}
