package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Creates the first ADMIN account of an empty production database (DEMO_DATA=false has no accounts at all). It refuses
 * once any enabled ADMIN exists: further accounts are made by an administrator in the app. The password is temporary
 * and must be changed at the first sign-in; without one given, a generated one is shown once.
 */
@ApplicationScoped
public class FirstAdmin {

    @Inject
    AuditLog audit;

    public record Created(long id, String username, String temporaryPassword) {}

    public Created create(String username, String displayName, String password) {
        if (username == null || !username.matches("^[A-Za-z0-9._-]{3,50}$")) {
            throw ApiException.invalidField(
                    "username", "must be 3 to 50 letters, digits, '.', '_' or '-'", Reasons.USERNAME, null);
        }
        String chosen = password == null || password.isBlank() ? PasswordPolicy.temporary() : password;
        PasswordPolicy.check("password", chosen, username, displayName);
        String hash = PasswordHashing.hash(chosen);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            if (Account.count("enabled = true and concat(',', roles, ',') like ?1", "%," + Roles.ADMIN + ",%") > 0) {
                throw ApiException.conflict(
                        "ADMIN_EXISTS",
                        "An enabled ADMIN account exists already; sign in as it to create further accounts");
            }
            if (Account.findByUsername(username).isPresent()) {
                throw ApiException.conflict("USERNAME_TAKEN", "Another account already has the username " + username);
            }
            Account a = new Account();
            a.username = username;
            a.displayName = displayName == null || displayName.isBlank() ? "系统管理员" : displayName.trim();
            a.passwordHash = hash;
            a.setRoleSet(Set.of(Roles.ADMIN));
            a.mustChangePassword = true;
            a.persistAndFlush();
            audit.record("ACCOUNT_CREATED", "Account", a.id, "first ADMIN, from the command line");
            return a.id;
        });
        return new Created(id, username, password == null || password.isBlank() ? chosen : null);
    }
}
