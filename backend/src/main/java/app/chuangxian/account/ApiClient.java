package app.chuangxian.account;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A third-party system that calls the API with its own credentials (client-credentials grant). */
@Entity
@Table(name = "api_clients")
public class ApiClient extends Stamped {
    @Column(name = "client_id", nullable = false, length = 64)
    public String clientId;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "secret_hash", nullable = false, length = 100)
    public String secretHash;

    /** Comma-separated scopes. */
    @Column(nullable = false, length = 200)
    public String scopes;

    /** The branch a {@code deliverables:write} client writes for. */
    @Column(name = "branch_id")
    public Long branchId;

    /** The organisation whose subtree the client's tokens reach: its creator's, or its branch's. */
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId = app.chuangxian.organisation.Organisation.ROOT_ID;

    @Column(nullable = false)
    public boolean enabled = true;

    public Set<String> scopeSet() {
        return Arrays.stream(scopes.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public static Optional<Boolean> enabledOf(String clientId) {
        return getEntityManager()
                .createQuery("select c.enabled from ApiClient c where c.clientId = :id", Boolean.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst();
    }
}
