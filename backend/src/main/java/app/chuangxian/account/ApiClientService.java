package app.chuangxian.account;

import app.chuangxian.branch.BranchService;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.ClientScopes;
import app.chuangxian.organisation.OrganisationScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registering third-party clients: known scopes, a branch for deliverables:write, a random secret kept hashed. */
@ApplicationScoped
public class ApiClientService {
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "clientId", "clientId", "name", "name", "createdAt", "createdAt");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BranchService branches;

    @Inject
    ActiveCallers active;

    @Inject
    OrganisationScope scope;

    public PageResult<ApiClientViews.View> list(PageQuery paging) {
        List<Long> within = scope.subtree();
        PanacheQuery<ApiClient> query = within == null
                ? ApiClient.findAll(paging.resolveSort(SORTABLE, "name"))
                : ApiClient.find("organisationId in ?1", paging.resolveSort(SORTABLE, "name"), within);
        long total = query.count();
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(ApiClientViews.View::of)
                        .toList(),
                total);
    }

    public ApiClientViews.View get(long id) {
        return ApiClientViews.View.of(find(id));
    }

    /** The secret is hashed before the transaction opens: bcrypt never holds a pooled connection. */
    public ApiClientViews.Credentials create(ApiClientRequest request) {
        String secret = random(32);
        String hash = PasswordHashing.hash(secret);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> store(request, secret, hash));
    }

    private ApiClientViews.Credentials store(ApiClientRequest request, String secret, String hash) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String s : request.scopes()) {
            if (!ClientScopes.ALL.contains(s.trim())) {
                throw ApiException.invalidField(
                        "scopes", "'" + s + "' is not a scope; use " + String.join(", ", ClientScopes.ALL));
            }
            scopes.add(s.trim());
        }
        if (scopes.contains(ClientScopes.DELIVERABLES_WRITE) && request.branchId() == null) {
            throw ApiException.invalidField("branchId", "is required with the deliverables:write scope");
        }
        long organisationId = scope.organisationId();
        if (request.branchId() != null) {
            organisationId = branches.lookUp(request.branchId())
                    .filter(b -> scope.contains(b.organisationId))
                    .map(b -> b.organisationId)
                    .orElseThrow(() ->
                            ApiException.invalidField("branchId", "branch " + request.branchId() + " does not exist"));
        }
        ApiClient c = new ApiClient();
        c.clientId = "client-" + random(9);
        c.name = request.name().trim();
        c.scopes = String.join(",", scopes);
        c.branchId = request.branchId();
        c.organisationId = organisationId;
        c.secretHash = hash;
        c.persistAndFlush();
        return new ApiClientViews.Credentials(c.clientId, secret, ApiClientViews.View.of(c));
    }

    @Transactional
    public ApiClientViews.View disable(long id, Long version) {
        ApiClient c = find(id);
        Versions.check(c.version, version, "API client " + id);
        if (!c.enabled) {
            throw ApiException.conflict("CLIENT_ALREADY_DISABLED", "The client is already disabled");
        }
        c.enabled = false;
        ApiClient.flush();
        active.forgetClient(c.clientId);
        return ApiClientViews.View.of(c);
    }

    private ApiClient find(long id) {
        ApiClient c = ApiClient.findById(id);
        if (c == null || !scope.contains(c.organisationId)) {
            throw ApiException.notFound("API client", id);
        }
        return c;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
