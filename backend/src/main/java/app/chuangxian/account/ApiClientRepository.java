package app.chuangxian.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepository<ApiClient> {
    public Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public Optional<Boolean> enabledOf(String clientId) {
        return getEntityManager()
                .createQuery("select c.enabled from ApiClient c where c.clientId = :id", Boolean.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst();
    }
}
