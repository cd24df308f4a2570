package app.chuangxian.member;

import app.chuangxian.audit.AuditLog;
import app.chuangxian.branch.BranchService;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.http.Uploads;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.persistence.Like;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.PhoneMask;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The member register: a branch keeps its own; staff of the organisations above it read and correct it; leadership
 * reads it with names masked. Writes lock the branch's row, so that two at once (a double tap, a retried import)
 * never register one person twice: a current member's name is taken.
 */
@ApplicationScoped
public class MemberService {
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "name", "name", "role", "role", "joinedOn", "joinedOn", "updatedAt", "updatedAt");

    @Inject
    BranchService branches;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    public PageResult<MemberDtos.View> list(
            long branchId, String q, MemberRole role, Boolean current, PageQuery paging) {
        branches.visible(branchId);
        List<String> where = new ArrayList<>(List.of("branchId = :branch"));
        Parameters params = Parameters.with("branch", branchId);
        if (q != null && !q.isBlank()) {
            where.add("lower(name) like :q");
            params.and("q", Like.containing(q));
        }
        if (role != null) {
            where.add("role = :role");
            params.and("role", role);
        }
        if (current != null) {
            where.add(current ? "leftOn is null" : "leftOn is not null");
        }
        var query = BranchMember.<BranchMember>find(
                String.join(" and ", where), paging.resolveSort(SORTABLE, "name"), params);
        List<BranchMember> page = query.page(paging.panachePage()).list();
        if (user.isAdmin() && !page.isEmpty()) {
            audit.personalDataViewed("Branch", branchId, "member register");
        }
        return paging.result(page.stream().map(this::view).toList(), query.count());
    }

    @Transactional
    public MemberDtos.View create(long branchId, MemberDtos.Request request) {
        lockBranch(branchId);
        BranchMember m = new BranchMember();
        m.branchId = branchId;
        apply(m, request);
        m.persistAndFlush();
        return view(m);
    }

    @Transactional
    public MemberDtos.View update(long branchId, long id, MemberDtos.Request request) {
        lockBranch(branchId);
        BranchMember m = visible(branchId, id);
        Versions.check(m.version, request.version(), "Member " + id);
        apply(m, request);
        BranchMember.getEntityManager().flush();
        return view(m);
    }

    @Transactional
    public void delete(long branchId, long id, Long version) {
        lockBranch(branchId);
        BranchMember m = visible(branchId, id);
        Versions.check(m.version, version, "Member " + id);
        m.delete();
    }

    /**
     * Adds the sheet's members, all or none: any row in error refuses the whole sheet with every error at once. A
     * row naming a current member is left out and counted, so a sheet sent twice adds its people once.
     */
    @Transactional
    public MemberDtos.ImportView importSheet(long branchId, FileUpload file) {
        lockBranch(branchId);
        List<MemberSheet.Row> rows = MemberSheet.read(Uploads.bytes(Uploads.requirePart(file)), file.fileName());
        Set<String> registered = new HashSet<>(currentNames(branchId));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<BranchMember> added = new ArrayList<>();
        int skipped = 0;
        for (MemberSheet.Row row : rows) {
            errors.addAll(row.errors());
            if (!row.errors().isEmpty()) {
                continue;
            }
            if (registered.contains(row.name())) {
                skipped++;
                continue;
            }
            BranchMember m = new BranchMember();
            m.branchId = branchId;
            m.name = row.name();
            m.role = row.role();
            m.joinedOn = row.joinedOn();
            added.add(m);
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        BranchMember.persist(added);
        BranchMember.getEntityManager().flush();
        return new MemberDtos.ImportView(
                added.size(), skipped, added.stream().map(this::view).toList());
    }

    private List<String> currentNames(long branchId) {
        return BranchMember.getEntityManager()
                .createQuery(
                        "select m.name from BranchMember m where m.branchId = :branch and m.leftOn is null",
                        String.class)
                .setParameter("branch", branchId)
                .getResultList();
    }

    /** The branch, locked for the write; 404 for one the caller may not see. */
    private void lockBranch(long branchId) {
        branches.lockedVisible(branchId);
    }

    private BranchMember visible(long branchId, long id) {
        BranchMember m = BranchMember.findById(id);
        if (m == null || !m.branchId.equals(branchId)) {
            throw ApiException.notFound("Member", id);
        }
        return m;
    }

    private void apply(BranchMember m, MemberDtos.Request r) {
        String name = r.name().strip();
        if (r.leftOn() == null
                && BranchMember.count(
                                "branchId = ?1 and name = ?2 and leftOn is null and id <> ?3",
                                m.branchId,
                                name,
                                m.id == null ? -1L : m.id)
                        > 0) {
            throw ApiException.invalidField("name", "duplicate of a current member of the branch");
        }
        if (r.joinedOn() != null && r.leftOn() != null && r.leftOn().isBefore(r.joinedOn())) {
            throw ApiException.invalidField(
                    "leftOn",
                    "must not be before joinedOn",
                    app.chuangxian.common.error.Reasons.NOT_BEFORE_START,
                    null);
        }
        m.name = name;
        m.role = r.role();
        m.joinedOn = r.joinedOn();
        m.leftOn = r.leftOn();
    }

    private MemberDtos.View view(BranchMember m) {
        boolean reveal = user.isAdmin() || user.isBranchScoped();
        return new MemberDtos.View(
                m.id,
                m.branchId,
                reveal ? m.name : PhoneMask.maskName(m.name),
                m.role,
                m.joinedOn,
                m.leftOn,
                m.leftOn == null,
                m.version,
                m.createdAt,
                m.updatedAt);
    }
}
