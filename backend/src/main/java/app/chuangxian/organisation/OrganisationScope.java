package app.chuangxian.organisation;

import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The part of the tree the caller acts on: the subtree of their organisation (ADR 015). Staff, leaders, auditors and
 * API clients see and change only what belongs to an organisation in it; a branch account stays on its branch (that
 * rule is {@link CurrentUser#canSeeBranch}). A token that names no account, no client and no organisation (minted
 * with the signing key, e.g. by a system job) acts from the root.
 */
@RequestScoped
public class OrganisationScope {
    /**
     * For a native query over records of organisations: {@code x.organisation_id in (SUBTREE_IDS)} keeps those of the
     * caller's subtree, with {@link #like()} bound to {@link #SUBTREE_PARAMETER}.
     */
    public static final String SUBTREE_IDS = "select sub.id from organisations sub where sub.path like :subtree";

    public static final String SUBTREE_PARAMETER = "subtree";

    @Inject
    CurrentUser user;

    @Inject
    OrganisationPaths paths;

    @Inject
    EntityManager em;

    private Long organisationId;
    private String path;
    private List<Long> subtree;

    /** The caller's organisation. */
    public long organisationId() {
        if (organisationId == null) {
            organisationId = user.organisationId().orElseGet(this::lookUp);
        }
        return organisationId;
    }

    /** The caller's organisation's path; every organisation in the subtree has a path that starts with it. */
    public String path() {
        if (path == null) {
            // an organisation that no longer exists reaches nothing: a path no organisation has
            path = paths.of(organisationId()).orElse("-");
        }
        return path;
    }

    /** The {@code like} pattern that matches the paths of the caller's subtree. */
    public String like() {
        return path() + "%";
    }

    /**
     * The ids of the organisations of the caller's subtree, or null when the caller stands at the root (then every
     * organisation is in it and a list needs no filter); read once per request.
     */
    public List<Long> subtree() {
        if (atRoot()) {
            return null;
        }
        if (subtree == null) {
            subtree = below(path());
        }
        return subtree;
    }

    /**
     * The ids of the organisations at and below {@code organisationId}, which must be in the caller's subtree; null
     * when that is the whole tree.
     */
    public List<Long> subtreeOf(long organisationId) {
        if (organisationId == organisationId()) {
            return subtree();
        }
        return below(paths.of(organisationId).orElse("-"));
    }

    private List<Long> below(String prefix) {
        return em.createQuery("select o.id from Organisation o where o.path like ?1", Long.class)
                .setParameter(1, prefix + "%")
                .getResultList();
    }

    /** True when the organisation is the caller's or below it. */
    public boolean contains(long organisationId) {
        if (atRoot()) {
            return paths.of(organisationId).isPresent();
        }
        return paths.of(organisationId).map(p -> p.startsWith(path())).orElse(false);
    }

    /** True when {@code organisationId} is {@code ancestorId} or below it, whoever asks. */
    public boolean isWithin(long organisationId, long ancestorId) {
        String ancestor = paths.of(ancestorId).orElse("-");
        return paths.of(organisationId).map(p -> p.startsWith(ancestor)).orElse(false);
    }

    /** The organisation right above the caller's, read from its path; empty at the top of the tree. */
    public Optional<Long> parentId() {
        String[] ids = path().split("/");
        return ids.length < 2 ? Optional.empty() : Optional.of(Long.parseLong(ids[ids.length - 2]));
    }

    /** True when the caller stands at the top of the tree and so sees what no organisation owns. */
    public boolean atRoot() {
        return Organisation.ROOT_PATH.equals(path());
    }

    /** For a token issued before it carried the organisation: the holder's organisation as stored. */
    private long lookUp() {
        List<?> found;
        if (user.accountId().isPresent()) {
            found = em.createNativeQuery("select organisation_id from accounts where id = ?1")
                    .setParameter(1, user.accountId().get())
                    .getResultList();
        } else if (user.clientId().isPresent()) {
            found = em.createNativeQuery("select organisation_id from api_clients where client_id = ?1")
                    .setParameter(1, user.clientId().get())
                    .getResultList();
        } else {
            return Organisation.ROOT_ID;
        }
        return found.isEmpty() ? -1L : ((Number) found.get(0)).longValue();
    }
}
