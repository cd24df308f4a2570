package app.chuangxian.organisation;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tree of organisations as the caller may see and change it: their own organisation and everything below. */
@ApplicationScoped
public class OrganisationService {
    static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "name", "name", "code", "code", "level", "level", "depth", "depth", "createdAt", "createdAt");

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationPaths paths;

    @Inject
    EntityManager em;

    /**
     * The organisations directly under {@code parentId}, or, without it, every organisation of the caller's subtree
     * (the caller's own included); either filtered by {@code q} (name or code) and {@code level}.
     */
    public PageResult<OrganisationView> list(Long parentId, String q, OrganisationLevel level, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (parentId != null) {
            visible(parentId);
            where.add("parentId = :parent");
            params.and("parent", parentId);
        } else {
            where.add("path like :subtree");
            params.and("subtree", scope.like());
        }
        if (q != null && !q.isBlank()) {
            where.add("(lower(name) like :q or lower(code) like :q)");
            params.and("q", app.chuangxian.common.persistence.Like.containing(q));
        }
        if (level != null) {
            where.add("level = :level");
            params.and("level", level);
        }
        var query = Organisation.<Organisation>find(
                String.join(" and ", where), paging.resolveSort(SORTABLE, parentId == null ? "depth" : "name"), params);
        long total = query.count();
        return paging.result(views(query.page(paging.panachePage()).list()), total);
    }

    /** The organisation with the way down to it from the caller's own. */
    public OrganisationDetailView get(long id) {
        Organisation o = visible(id);
        List<Long> above = Arrays.stream(o.path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(a -> !a.equals(o.id) && scope.contains(a))
                .toList();
        Map<Long, Organisation> byId = above.isEmpty()
                ? Map.of()
                : Organisation.<Organisation>list("id in ?1", above).stream()
                        .collect(Collectors.toMap(a -> a.id, a -> a));
        List<OrganisationRef> trail = above.stream()
                .map(byId::get)
                .filter(a -> a != null)
                .map(OrganisationRef::of)
                .toList();
        return new OrganisationDetailView(views(List.of(o)).get(0), trail);
    }

    /** The caller's own organisation. */
    public OrganisationDetailView mine() {
        return get(scope.organisationId());
    }

    @Transactional
    public OrganisationDetailView create(OrganisationRequests.Create request) {
        Organisation parent = Organisation.<Organisation>findByIdOptional(request.parentId())
                .filter(p -> p.path.startsWith(scope.path()))
                .orElseThrow(() -> ApiException.invalidField(
                        "parentId", "no organisation " + request.parentId() + " that you act on"));
        checkLevel(request.level(), parent.level, null);
        ensureUnique(request.code().trim(), parent.id, request.name().trim(), null);
        Organisation o = new Organisation();
        o.parentId = parent.id;
        o.level = request.level();
        o.name = request.name().trim();
        o.code = request.code().trim();
        o.depth = parent.depth + 1;
        // a placeholder no subtree matches until the row has its id; the path is then written in place, so that the
        // new organisation starts at version 0 like every other record
        o.path = "-";
        o.persistAndFlush();
        em.createNativeQuery("update organisations set path = ?1 where id = ?2")
                .setParameter(1, parent.path + o.id + "/")
                .setParameter(2, o.id)
                .executeUpdate();
        em.refresh(o);
        return get(o.id);
    }

    @Transactional
    public OrganisationDetailView update(long id, OrganisationRequests.Update request) {
        Organisation o = visible(id);
        Versions.check(o.version, request.version(), "Organisation " + id, Versions.REQUIRED_ON_UPDATE);
        Organisation parent = o.parentId == null ? null : Organisation.findById(o.parentId);
        checkLevel(request.level(), parent == null ? null : parent.level, o.id);
        ensureUnique(request.code().trim(), o.parentId, request.name().trim(), o.id);
        o.level = request.level();
        o.name = request.name().trim();
        o.code = request.code().trim();
        Organisation.flush();
        return get(o.id);
    }

    /** Removes an organisation that holds nothing: no organisation, branch, campaign, account or client under it. */
    @Transactional
    public void delete(long id) {
        Organisation o = visible(id);
        if (o.id == scope.organisationId() || o.parentId == null) {
            throw ApiException.conflict(
                    "ORGANISATION_IS_OWN", "An organisation cannot remove its own or the top organisation");
        }
        Number held = (Number) em.createNativeQuery("select (select count(*) from organisations where parent_id = ?1)"
                        + " + (select count(*) from branches where organisation_id = ?1)"
                        + " + (select count(*) from campaigns where organisation_id = ?1)"
                        + " + (select count(*) from accounts where organisation_id = ?1)"
                        + " + (select count(*) from api_clients where organisation_id = ?1)")
                .setParameter(1, id)
                .getSingleResult();
        if (held.longValue() > 0) {
            throw ApiException.conflict(
                    "ORGANISATION_NOT_EMPTY",
                    o.name + " still holds organisations, branches, campaigns, accounts or clients; move or remove"
                            + " them first");
        }
        o.delete();
        Organisation.flush();
        paths.forget(id);
    }

    /** The organisation if the caller acts on it, or 404 as if it did not exist. */
    public Organisation visible(long id) {
        Organisation o = Organisation.findById(id);
        if (o == null || !o.path.startsWith(scope.path())) {
            throw ApiException.notFound("Organisation", id);
        }
        return o;
    }

    /** The organisation a new record of the caller goes to: the one asked for (in the subtree), else the caller's. */
    public long placeFor(Long requested, String field) {
        long id = requested == null ? scope.organisationId() : requested;
        if (!scope.contains(id)) {
            throw ApiException.invalidField(field, "no organisation " + id + " that you act on");
        }
        return id;
    }

    /** The names of these organisations, by id, in one query. */
    public Map<Long, OrganisationRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // those already loaded in this request cost nothing; the others come in one statement
        return em
                .unwrap(org.hibernate.Session.class)
                .byMultipleIds(Organisation.class)
                .enableSessionCheck(true)
                .multiLoad(ids.stream().distinct().toList())
                .stream()
                .filter(o -> o != null)
                .collect(Collectors.toMap(o -> o.id, OrganisationRef::of));
    }

    /** The one organisation's name. */
    public Optional<OrganisationRef> ref(long id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationRef::of);
    }

    private List<OrganisationView> views(List<Organisation> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(o -> o.id).toList();
        Map<Long, long[]> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id,"
                        + " (select count(*) from organisations c where c.parent_id = o.id),"
                        + " (select count(*) from branches b join organisations d on d.id = b.organisation_id"
                        + " where d.path like concat(o.path, '%'))"
                        + " from organisations o where o.id in (?1)")
                .setParameter(1, ids)
                .getResultList();
        for (Object[] r : rows) {
            counts.put(
                    ((Number) r[0]).longValue(), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return page.stream()
                .map(o -> {
                    long[] c = counts.getOrDefault(o.id, new long[2]);
                    return OrganisationView.of(o, c[0], c[1]);
                })
                .toList();
    }

    private static void checkLevel(OrganisationLevel level, OrganisationLevel parent, Long id) {
        if (parent != null && !level.mayBeUnder(parent)) {
            throw ApiException.invalidField("level", "must be below the parent's level " + parent);
        }
        if (id != null) {
            for (OrganisationLevel child : Organisation.getEntityManager()
                    .createQuery(
                            "select distinct o.level from Organisation o where o.parentId = ?1",
                            OrganisationLevel.class)
                    .setParameter(1, id)
                    .getResultList()) {
                if (!child.mayBeUnder(level)) {
                    throw ApiException.invalidField("level", "must be above the level of its organisations " + child);
                }
            }
        }
    }

    private static void ensureUnique(String code, Long parentId, String name, Long id) {
        long except = id == null ? -1L : id;
        if (Organisation.count("code = ?1 and id <> ?2", code, except) > 0) {
            throw ApiException.conflict("ORGANISATION_CODE_TAKEN", "Another organisation already has the code " + code);
        }
        long sameName = parentId == null
                ? Organisation.count("parentId is null and name = ?1 and id <> ?2", name, except)
                : Organisation.count("parentId = ?1 and name = ?2 and id <> ?3", parentId, name, except);
        if (sameName > 0) {
            throw ApiException.conflict(
                    "ORGANISATION_NAME_TAKEN", "Another organisation under the same parent is named " + name);
        }
    }
}
