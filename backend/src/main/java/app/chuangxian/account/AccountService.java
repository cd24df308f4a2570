package app.chuangxian.account;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.branch.BranchService;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationScope;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Committee staff manage accounts: unique usernames, known roles, a branch for BRANCH accounts, optimistic locking. */
@ApplicationScoped
public class AccountService {
    static final Map<String, String> SORTABLE = Map.of(
            "id",
            "id",
            "username",
            "username",
            "displayName",
            "displayName",
            "enabled",
            "enabled",
            "lastLoginAt",
            "lastLoginAt",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    @Inject
    BranchService branches;

    @Inject
    SessionTokens sessions;

    @Inject
    NotificationService notifications;

    @Inject
    ActiveCallers active;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    public PageResult<AccountView> list(AccountFilter filter, PageQuery paging) {
        if (filter.role() != null && !Roles.ALL.contains(filter.role())) {
            String allowed = String.join(", ", new java.util.TreeSet<>(Roles.ALL));
            throw ApiException.invalidField(
                    "role", "must be one of " + allowed, Reasons.ONE_OF, Map.of("allowed", allowed));
        }
        List<Long> within;
        if (filter.organisationId() != null) {
            organisations.visible(filter.organisationId());
            within = scope.subtreeOf(filter.organisationId());
        } else {
            within = scope.subtree();
        }
        var query = Account.search(filter.within(within), paging.resolveSort(SORTABLE, "username"));
        long total = query.count();
        var items = query.page(paging.panachePage()).list();
        Map<Long, OrganisationRef> names =
                organisations.refs(items.stream().map(a -> a.organisationId).toList());
        return paging.result(
                items.stream()
                        // a list shows phone numbers and e-mail addresses masked; the account read on its own shows
                        // them to staff
                        .map(a -> AccountView.of(a, false, names.get(a.organisationId)))
                        .toList(),
                total);
    }

    public AccountView get(long id) {
        return viewAudited(find(id));
    }

    /** Hashes the password first, with no transaction open; then stores the account in a short one. */
    public AccountView create(AccountRequests.Create request) {
        PasswordPolicy.check(
                "password", request.password(), request.username(), request.displayName(), request.email());
        String hash = PasswordHashing.hash(request.password());
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(request, hash));
        } catch (PersistenceException e) {
            if (Account.findByUsername(request.username().trim()).isPresent()) {
                // a parallel request took the name between our check and our insert: the unique key decided
                throw taken(request.username());
            }
            throw e;
        }
    }

    private AccountView store(AccountRequests.Create request, String hash) {
        Set<String> roles = roles(request.roles(), request.branchId());
        if (Account.findByUsername(request.username().trim()).isPresent()) {
            throw taken(request.username());
        }
        Account a = new Account();
        a.username = request.username().trim();
        a.displayName = request.displayName().trim();
        a.setRoleSet(roles);
        a.branchId = request.branchId();
        a.organisationId = placeFor(request.organisationId(), request.branchId());
        a.phone = blankToNull(request.phone());
        a.email = blankToNull(request.email());
        a.passwordHash = hash;
        a.mustChangePassword = true;
        a.persistAndFlush();
        audit.record("ACCOUNT_CREATED", "Account", a.id, "roles " + a.roles);
        return view(a);
    }

    private static ApiException taken(String username) {
        return ApiException.conflict("USERNAME_TAKEN", "Another account already has the username " + username);
    }

    @Transactional
    public AccountView update(long id, AccountRequests.Update request) {
        Account a = find(id);
        Versions.check(a.version, request.version(), "Account " + a.id);
        Set<String> roles = roles(request.roles(), request.branchId());
        if (isSelf(a) && !roles.contains(Roles.ADMIN)) {
            throw ApiException.conflict("OWN_ADMIN_ROLE", "You cannot take the ADMIN role away from your own account");
        }
        long organisationId = request.organisationId() == null && request.branchId() == null
                ? a.organisationId
                : placeFor(request.organisationId(), request.branchId());
        boolean powersChanged = !roles.equals(a.roleSet())
                || !java.util.Objects.equals(a.branchId, request.branchId())
                || organisationId != a.organisationId;
        a.displayName = request.displayName().trim();
        a.setRoleSet(roles);
        a.branchId = request.branchId();
        a.organisationId = organisationId;
        a.phone = blankToNull(request.phone());
        a.email = blankToNull(request.email());
        if (powersChanged) {
            // tokens carry roles and branch: the ones issued so far are refused, a refresh issues the new powers
            a.authVersion++;
            audit.record(
                    "ROLES_CHANGED",
                    "Account",
                    a.id,
                    "roles " + a.roles + ", branch " + a.branchId + ", organisation " + a.organisationId);
        }
        Account.flush();
        active.forgetAccount(a.id);
        return view(a);
    }

    @Transactional
    public AccountView setEnabled(long id, boolean enabled, Long version) {
        Account a = find(id);
        Versions.check(a.version, version, "Account " + a.id);
        if (a.enabled == enabled) {
            throw ApiException.conflict(
                    enabled ? "ACCOUNT_ALREADY_ENABLED" : "ACCOUNT_ALREADY_DISABLED",
                    "The account is already " + (enabled ? "enabled" : "disabled"));
        }
        if (!enabled && isSelf(a)) {
            throw ApiException.conflict("OWN_ACCOUNT", "You cannot disable your own account");
        }
        a.enabled = enabled;
        if (!enabled) {
            sessions.revokeAll(a.id);
            // enabling the account again must not bring its old tokens back
            a.authVersion++;
        }
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "Account", a.id, null);
        Account.flush();
        active.forgetAccount(a.id);
        return view(a);
    }

    /**
     * A new temporary password, shown once; the account must change it, is unlocked and signed out everywhere, and its
     * access tokens are refused at once. The hash is made before the transaction opens.
     */
    public TemporaryPasswordView resetPassword(long id, Long version) {
        String temporary = PasswordPolicy.temporary();
        String hash = PasswordHashing.hash(temporary);
        AccountView view = QuarkusTransaction.requiringNew().call(() -> {
            Account a = find(id);
            Versions.check(a.version, version, "Account " + a.id);
            a.passwordHash = hash;
            a.mustChangePassword = true;
            a.failedLogins = 0;
            a.lockedUntil = null;
            a.authVersion++;
            sessions.revokeAll(a.id);
            audit.record("PASSWORD_RESET", "Account", a.id, null);
            notifications.toAccount(a.id, NotificationKind.PASSWORD_RESET, null, null, Map.of());
            Account.flush();
            return view(a);
        });
        active.forgetAccount(id);
        return new TemporaryPasswordView(temporary, view);
    }

    /** The account if it belongs to the caller's subtree, or 404 as if it did not exist. */
    Account find(long id) {
        Account a = Account.findById(id);
        if (a == null || !scope.contains(a.organisationId)) {
            throw ApiException.notFound("Account", id);
        }
        return a;
    }

    AccountView view(Account a) {
        return AccountView.of(
                a, user.isAdmin(), organisations.ref(a.organisationId).orElse(null));
    }

    /**
     * Where an account goes: a branch account to its branch's organisation (the branch must be one the caller acts
     * on); any other to the organisation asked for, in the caller's subtree, or the caller's own.
     */
    private long placeFor(Long organisationId, Long branchId) {
        if (branchId != null) {
            return branches.lookUp(branchId)
                    .filter(b -> scope.contains(b.organisationId))
                    .map(b -> b.organisationId)
                    .orElseThrow(() -> ApiException.invalidField("branchId", "branch " + branchId + " does not exist"));
        }
        return organisations.placeFor(organisationId, "organisationId");
    }

    /** A branch moved: its accounts go along, and their tokens, which name the old organisation, end. */
    void branchMoved(long branchId, long organisationId) {
        for (Account a : Account.<Account>list("branchId = ?1", branchId)) {
            a.organisationId = organisationId;
            a.authVersion++;
            active.forgetAccount(a.id);
        }
    }

    AccountView viewAudited(Account a) {
        if (user.isAdmin() && (a.phone != null || a.email != null)) {
            audit.personalDataViewed("Account", a.id, "phone and e-mail");
        }
        return view(a);
    }

    private boolean isSelf(Account a) {
        return user.accountId().map(a.id::equals).orElse(false);
    }

    private Set<String> roles(Set<String> requested, Long branchId) {
        Set<String> roles = new LinkedHashSet<>();
        for (String r : requested) {
            String role = r.trim().toUpperCase();
            if (!Roles.ALL.contains(role)) {
                throw ApiException.invalidField(
                        "roles", "'" + r + "' is not a role; use ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR");
            }
            roles.add(role);
        }
        if (roles.contains(Roles.BRANCH) && branchId == null) {
            throw ApiException.invalidField("branchId", "is required for a BRANCH account");
        }
        if (branchId != null && branches.lookUp(branchId).isEmpty()) {
            throw ApiException.invalidField("branchId", "branch " + branchId + " does not exist");
        }
        return roles;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The account if it exists; for another feature that names an account by id. */
    public Optional<Account> lookUp(long id) {
        return Account.findByIdOptional(id);
    }

    /** Those accounts of these ids that belong to the caller's subtree, by id, in one query: whom the caller may name. */
    public Map<Long, Account> visibleByIds(Collection<Long> ids) {
        Map<Long, Account> found = new java.util.HashMap<>(byIds(ids));
        found.values().removeIf(a -> !scope.contains(a.organisationId));
        return found;
    }

    /** The accounts of these ids that exist, by id, in one query. */
    public Map<Long, Account> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Account.<Account>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a));
    }
}
