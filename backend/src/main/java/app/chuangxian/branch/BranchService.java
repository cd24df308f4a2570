package app.chuangxian.branch;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
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
    CurrentUser user;

    @Inject
    Instance<BranchHistory> histories;

    public PageResult<BranchView> list(String q, BranchStatus status, BranchKind kind, PageQuery paging) {
        Long onlyId = null;
        if (user.isBranchScoped()) {
            onlyId = user.branchId().orElse(-1L);
        }
        PanacheQuery<Branch> query =
                Branch.search(new Branch.Filter(q, status, kind, onlyId), paging.resolveSort(SORTABLE, "code"));
        long total = query.count();
        return paging.result(
                query.page(paging.panachePage()).list().stream().map(this::view).toList(), total);
    }

    public BranchView get(long id) {
        return view(visible(id));
    }

    @Transactional
    public BranchView create(BranchRequest request) {
        ensureUnique(request, null);
        Branch branch = new Branch();
        apply(branch, request);
        branch.persistAndFlush();
        return view(branch);
    }

    @Transactional
    public BranchView update(long id, BranchRequest request) {
        Branch branch = visible(id);
        Versions.check(branch.version, request.version(), "Branch " + branch.id, Versions.REQUIRED_ON_UPDATE);
        ensureUnique(request, id);
        apply(branch, request);
        Branch.flush();
        return view(branch);
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
        return view(branch);
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

    /** A branch the caller may see, or 404: a branch account never learns that another branch exists. */
    public Branch visible(long id) {
        Branch branch = Branch.findById(id);
        if (branch == null || !user.canSeeBranch(id)) {
            throw ApiException.notFound("Branch", id);
        }
        return branch;
    }

    private BranchView view(Branch branch) {
        return BranchView.of(branch, user.isAdmin());
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
