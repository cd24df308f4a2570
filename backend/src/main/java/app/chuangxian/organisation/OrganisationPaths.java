package app.chuangxian.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The path of each organisation, read once per instance: a path never changes after the organisation is created, so
 * a cached one is never stale (an organisation that is deleted leaves nothing that still names it).
 */
@ApplicationScoped
public class OrganisationPaths {
    private final Map<Long, String> paths = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    /** The path of the organisation, or empty when there is none of that id. */
    public Optional<String> of(long organisationId) {
        if (organisationId == Organisation.ROOT_ID) {
            return Optional.of(Organisation.ROOT_PATH);
        }
        String known = paths.get(organisationId);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> found = em.createNativeQuery("select path from organisations where id = ?1")
                .setParameter(1, organisationId)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String path = found.get(0).toString();
        paths.put(organisationId, path);
        return Optional.of(path);
    }

    void forget(long organisationId) {
        paths.remove(organisationId);
    }
}
