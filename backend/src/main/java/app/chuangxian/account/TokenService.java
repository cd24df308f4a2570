package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks credentials and issues access tokens. */
@ApplicationScoped
public class TokenService {
    /** A hash to compare against when the username is unknown, so both paths cost the same. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-Aa1!");

    @Inject
    AccountRepository accounts;

    @ConfigProperty(name = "app.jwt.access-token-minutes")
    int accessMinutes;

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse login(TokenRequest request) {
        Account account = accounts.findByUsername(request.username().trim()).orElse(null);
        boolean matches = PasswordHashing.matches(request.password(), account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !matches || !account.enabled) {
            throw ApiException.unauthorized("BAD_CREDENTIALS", "The username or password is wrong");
        }
        account.lastLoginAt = Instant.now();
        return issue(account);
    }

    public TokenResponse issue(Account account) {
        Duration lifespan = Duration.ofMinutes(accessMinutes);
        var builder = Jwt.upn(account.username)
                .subject(String.valueOf(account.id))
                .groups(account.roleSet())
                .claim(CurrentUser.ACCOUNT_CLAIM, account.id)
                .expiresIn(lifespan);
        if (account.branchId != null) {
            builder.claim(CurrentUser.BRANCH_CLAIM, account.branchId);
        }
        String token = builder.sign();
        return new TokenResponse(token, "Bearer", lifespan.toSeconds(), account.username, account.displayName,
                account.roleSet(), account.branchId, account.mustChangePassword);
    }
}
