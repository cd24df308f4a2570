package app.chuangxian.branch;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.common.Versions;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationScope;
import app.chuangxian.organisation.OrganisationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rules of the branch register: unique codes and names, optimistic locking, archive instead of delete. */
@ApplicationScoped
public class BranchService {
    @Inject
    ChangeLog changes;

    static final Map<String, String> SORTABLE = Map.of(
            "id",
            "id",
            "code",
            "code",
            "name",
            "name",
            "kind",
            "kind",
            "memberCount",
            "memberCount",
            "establishedOn",
            "establishedOn",
            "status",
            "status",
            "updatedAt",
            "updatedAt");

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Instance<BranchHistory> histories;

    @Inject
    Instance<BranchMoves> moves;

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    public PageResult<BranchView> list(
            String q, BranchStatus status, BranchKind kind, Long organisationId, PageQuery paging) {
        PanacheQuery<Branch> query =
                Branch.search(filter(q, status, kind, organisationId), paging.resolveSort(SORTABLE, "code"));
        long total = query.count();
        // a list shows contact numbers and addresses masked; the branch read on its own shows them to staff
        return paging.result(views(query.page(paging.panachePage()).list(), false), total);
    }

    /**
     * The filter of the branches the caller may list: a branch account its own; staff those of their subtree, or of
     * the subtree of {@code organisationId} when given (an organisation outside theirs is 404).
     */
    Branch.Filter filter(String q, BranchStatus status, BranchKind kind, Long organisationId) {
        if (user.isBranchScoped()) {
            return new Branch.Filter(q, status, kind, user.branchId().orElse(-1L), null);
        }
        if (organisationId != null) {
            organisations.visible(organisationId);
            return new Branch.Filter(q, status, kind, null, scope.subtreeOf(organisationId));
        }
        return new Branch.Filter(q, status, kind, null, scope.subtree());
    }

    public BranchView get(long id) {
        return views(java.util.List.of(visible(id)), user.isAdmin()).get(0);
    }

    /** One branch for its own page: ADMIN sees its contact phone and e-mail whole, and that view is audited. */
    public BranchView read(long id) {
        Branch branch = visible(id);
        if (user.isAdmin() && (branch.contactPhone != null || branch.contactEmail != null)) {
            audit.personalDataViewed("Branch", id, "contact phone and e-mail");
        }
        return views(java.util.List.of(branch), user.isAdmin()).get(0);
    }

    @Transactional
    public BranchView create(BranchRequest request) {
        ensureUnique(request, null);
        Branch branch = new Branch();
        apply(branch, request);
        branch.organisationId = organisations.placeFor(request.organisationId(), "organisationId");
        branch.persistAndFlush();
        changes.record(
                ChangeLog.Change.branch(branch.id, ChangeOperation.CREATED, branch.status, branch.organisationId));
        return get(branch.id);
    }

    @Transactional
    public BranchView update(long id, BranchRequest request) {
        Branch branch = visible(id);
        Versions.check(branch.version, request.version(), "Branch " + branch.id, Versions.REQUIRED_ON_UPDATE);
        ensureUnique(request, id);
        apply(branch, request);
        if (request.organisationId() != null && !request.organisationId().equals(branch.organisationId)) {
            branch.organisationId = organisations.placeFor(request.organisationId(), "organisationId");
            moves.forEach(m -> m.moved(branch.id, branch.organisationId));
        }
        Branch.flush();
        changes.record(
                ChangeLog.Change.branch(branch.id, ChangeOperation.UPDATED, branch.status, branch.organisationId));
        return get(branch.id);
    }

    @Transactional
    public BranchView setStatus(long id, BranchStatus status, Long version) {
        Branch branch = visible(id);
        Versions.check(branch.version, version, "Branch " + branch.id, Versions.REQUIRED_ON_UPDATE);
        if (branch.status == status) {
            throw ApiException.conflict(
                    "BRANCH_ALREADY_" + status,
                    "The branch is already " + status.name().toLowerCase());
        }
        branch.status = status;
        Branch.flush();
        changes.record(
                ChangeLog.Change.branch(branch.id, ChangeOperation.UPDATED, branch.status, branch.organisationId));
        return get(branch.id);
    }

    /** Hard delete, only for a branch without any campaign data; otherwise archive it (history stays). */
    @Transactional
    public void delete(long id) {
        Branch branch = visible(id);
        boolean hasData = histories.stream().anyMatch(h -> h.hasCampaignData(id));
        if (hasData) {
            throw ApiException.conflict(
                    "BRANCH_HAS_CAMPAIGN_DATA",
                    "Branch " + branch.name + " takes or took part in a "
                            + "campaign and keeps its history; archive it instead of deleting it");
        }
        try {
            branch.delete();
            Branch.flush();
            changes.record(ChangeLog.Change.branch(id, ChangeOperation.DELETED, null, branch.organisationId));
        } catch (jakarta.persistence.PersistenceException e) {
            throw ApiException.conflict(
                    "BRANCH_IN_USE",
                    "Branch " + branch.name + " is still referenced (e.g. by an "
                            + "account); archive it instead of deleting it");
        }
    }

    /** The branch if it exists, whoever asks; for another feature's check of an id it was sent. */
    public Optional<Branch> lookUp(long id) {
        return Branch.findByIdOptional(id);
    }

    /** The branches of these ids that exist, by id, in one query. */
    public Map<Long, Branch> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Branch.<Branch>list("id in ?1", ids).stream().collect(Collectors.toMap(b -> b.id, b -> b));
    }

    /**
     * A branch the caller may see, locked for writing until the transaction ends (another writer of its records waits),
     * or 404. Locked before anything else is read, so that the transaction's reads see what the writer before it did.
     */
    public Branch lockedVisible(long id) {
        Branch.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return visible(id);
    }

    /** A branch the caller may see, or 404: a branch account never learns that another branch exists. */
    public Branch visible(long id) {
        Branch branch = Branch.findById(id);
        if (branch == null
                || !user.canSeeBranch(id)
                || (!user.isBranchScoped() && !scope.contains(branch.organisationId))) {
            throw ApiException.notFound("Branch", id);
        }
        return branch;
    }

    /** The views of these branches, their organisations named in one query. */
    private java.util.List<BranchView> views(java.util.List<Branch> page, boolean reveal) {
        Map<Long, OrganisationRef> names =
                organisations.refs(page.stream().map(b -> b.organisationId).toList());
        return page.stream()
                .map(b -> BranchView.of(b, reveal, names.get(b.organisationId)))
                .toList();
    }

    private void ensureUnique(BranchRequest request, Long id) {
        if (Branch.codeTaken(request.code().trim(), id)) {
            throw ApiException.conflict("BRANCH_CODE_TAKEN", "Another branch already has the code " + request.code());
        }
        if (Branch.nameTaken(request.name().trim(), id)) {
            throw ApiException.conflict("BRANCH_NAME_TAKEN", "Another branch already has the name " + request.name());
        }
    }

    private static void apply(Branch b, BranchRequest r) {
        b.code = r.code().trim();
        b.name = r.name().trim();
        b.kind = r.kind();
        b.workUnit = blankToNull(r.workUnit());
        b.establishedOn = r.establishedOn();
        b.memberCount = r.memberCount() == null ? 0 : r.memberCount();
        b.chairName = blankToNull(r.chairName());
        b.contactPhone = blankToNull(r.contactPhone());
        b.contactEmail = blankToNull(r.contactEmail());
        b.liaisonPartyOrg = blankToNull(r.liaisonPartyOrg());
        b.address = blankToNull(r.address());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
