package app.chuangxian.account;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person (or a desk) that signs in: committee staff, assessors, branch staff, leadership, auditors. Updates write
 * only the columns that changed: sign-in counters, lock and TOTP step are kept by atomic statements
 * ({@link AccountRepository}) that an administrator's edit of the same row must not overwrite.
 */
@Entity
@Table(name = "accounts")
@DynamicUpdate
public class Account extends Stamped {
    @Column(nullable = false, length = 50)
    public String username;

    @Column(name = "display_name", nullable = false, length = 50)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** Comma-separated role names. */
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "branch_id")
    public Long branchId;

    @Column(length = 20)
    public String phone;

    @Column(length = 100)
    public String email;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** Base32 TOTP secret; set on enrolment, active once {@link #totpEnabled}. */
    @Column(name = "totp_secret", length = 64)
    public String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    public boolean totpEnabled;

    /** The last TOTP step accepted: a code is good once. Written only by atomic updates. */
    @Column(name = "totp_last_step")
    public Long totpLastStep;

    /** Carried by every access token; raising it refuses every earlier token of the account at once. */
    @Column(name = "auth_version", nullable = false)
    public long authVersion;

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void setRoleSet(Set<String> roleSet) {
        roles = String.join(",", roleSet);
    }
}
