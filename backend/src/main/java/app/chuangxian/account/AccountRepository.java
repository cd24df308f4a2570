package app.chuangxian.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {
    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Optional<Boolean> enabledOf(long id) {
        return getEntityManager().createQuery("select a.enabled from Account a where a.id = :id", Boolean.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public PanacheQuery<Account> search(AccountFilter f, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (f.q() != null && !f.q().isBlank()) {
            where.add("(lower(username) like :q or lower(displayName) like :q or lower(email) like :q)");
            params.and("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        if (f.role() != null) {
            where.add("concat(',', roles, ',') like :role");
            params.and("role", "%," + f.role() + ",%");
        }
        if (f.branchId() != null) {
            where.add("branchId = :branchId");
            params.and("branchId", f.branchId());
        }
        if (f.enabled() != null) {
            where.add("enabled = :enabled");
            params.and("enabled", f.enabled());
        }
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }
}
