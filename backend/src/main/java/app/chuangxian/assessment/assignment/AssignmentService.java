package app.chuangxian.assessment.assignment;

import app.chuangxian.account.Account;
import app.chuangxian.account.AccountService;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.SignedIn;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.ProblemTypes;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who scores which branch: never an assessor's own branch; unassigning only before they submit. */
@ApplicationScoped
public class AssignmentService {
    static final int MAX_PAIRS = 5000;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    CampaignAccess campaigns;

    @Inject
    AssignmentQueries queries;

    @Inject
    CurrentUser user;

    /** Staff see every assignment; an assessor only their own (the branches they are to score). */
    public PageResult<AssignmentView> list(long campaignId, Long branchId, Long assessorId, PageQuery paging) {
        campaigns.visible(campaignId);
        Long only = user.isAdmin() ? assessorId : Long.valueOf(SignedIn.accountId(user));
        return queries.assignments(campaignId, branchId, only, paging);
    }

    public PageResult<AssessorLoad> load(long campaignId, PageQuery paging) {
        campaigns.visible(campaignId);
        return queries.load(campaignId, paging);
    }

    @Transactional
    public AssignmentView assign(long campaignId, AssignmentRequest request) {
        campaigns.visible(campaignId);
        Account assessor = accounts.visibleByIds(List.of(request.assessorId())).get(request.assessorId());
        if (assessor == null || !assessor.roleSet().contains(Roles.ASSESSOR)) {
            throw ApiException.invalidField("assessorId", "is not an assessor's account", Reasons.NOT_ASSESSOR, null);
        }
        if (!campaigns.participates(campaignId, request.branchId())) {
            throw ApiException.invalidField(
                    "branchId", "does not take part in campaign " + campaignId, Reasons.NOT_PARTICIPATING, null);
        }
        if (request.branchId().equals(assessor.branchId)) {
            throw ApiException.conflict(
                    "CONFLICT_OF_INTEREST",
                    "Assessor " + assessor.username + " belongs to branch " + request.branchId()
                            + " and may not score it");
        }
        if (AssessorAssignment.count(
                        "campaignId = ?1 and branchId = ?2 and assessorId = ?3",
                        campaignId,
                        request.branchId(),
                        request.assessorId())
                > 0) {
            throw ApiException.conflict(
                    "ALREADY_ASSIGNED",
                    "Assessor " + assessor.username + " is already assigned to branch " + request.branchId());
        }
        AssessorAssignment assignment = persist(campaignId, request.branchId(), request.assessorId());
        notifications.toAccount(
                request.assessorId(),
                NotificationKind.ASSIGNMENT_MADE,
                campaignId,
                request.branchId(),
                Map.of("count", 1));
        return queries.assignment(assignment.id);
    }

    /** Every assessor to every branch, all or nothing: one refused pair refuses the whole request. */
    @Transactional
    public BulkAssignmentView assignAll(long campaignId, BulkAssignmentRequest request) {
        campaigns.visible(campaignId);
        List<Long> branchIds = request.branchIds().stream().distinct().toList();
        List<Long> assessorIds = request.assessorIds().stream().distinct().toList();
        if ((long) branchIds.size() * assessorIds.size() > MAX_PAIRS) {
            throw ApiException.badRequest(
                    "TOO_MANY_PAIRS", "At most " + MAX_PAIRS + " branch-assessor pairs per request");
        }
        Map<Long, Account> assessors = accounts.visibleByIds(assessorIds);
        Set<Long> participating = campaigns.participating(campaignId, branchIds);
        List<Problem.FieldError> invalid = new ArrayList<>();
        List<Problem.FieldError> conflicts = new ArrayList<>();
        for (int j = 0; j < request.assessorIds().size(); j++) {
            Account a = assessors.get(request.assessorIds().get(j));
            if (a == null || !a.roleSet().contains(Roles.ASSESSOR)) {
                invalid.add(Problem.FieldError.of(
                        "assessorIds[" + j + "]", "is not an assessor's account", Reasons.NOT_ASSESSOR, null));
            }
        }
        for (int i = 0; i < request.branchIds().size(); i++) {
            Long branchId = request.branchIds().get(i);
            if (!participating.contains(branchId)) {
                invalid.add(Problem.FieldError.of(
                        "branchIds[" + i + "]",
                        "does not take part in campaign " + campaignId,
                        Reasons.NOT_PARTICIPATING,
                        null));
                continue;
            }
            for (int j = 0; j < request.assessorIds().size(); j++) {
                Account a = assessors.get(request.assessorIds().get(j));
                if (a != null && branchId.equals(a.branchId)) {
                    conflicts.add(Problem.FieldError.of(
                            "branchIds[" + i + "]",
                            "assessor " + a.username + " (assessorIds[" + j
                                    + "]) belongs to this branch and may not score it",
                            Reasons.CONFLICT_OF_INTEREST,
                            Map.of("assessor", a.username, "assessorIndex", j)));
                }
            }
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(conflicts);
            throw ApiException.validation(invalid);
        }
        if (!conflicts.isEmpty()) {
            throw new ApiException(
                    409,
                    ProblemTypes.CONFLICT,
                    "Conflict",
                    "CONFLICT_OF_INTEREST",
                    conflicts.size() + " pairs would let an assessor score their own branch; nothing was assigned",
                    conflicts);
        }
        Set<String> existing = new HashSet<>(AssessorAssignment.getEntityManager()
                .createQuery(
                        "select concat(a.branchId, ':', a.assessorId) from AssessorAssignment a where a.campaignId = ?1 "
                                + "and a.branchId in ?2 and a.assessorId in ?3",
                        String.class)
                .setParameter(1, campaignId)
                .setParameter(2, branchIds)
                .setParameter(3, assessorIds)
                .getResultList());
        int created = 0;
        Map<Long, Integer> newFor = new java.util.LinkedHashMap<>();
        for (Long branchId : branchIds) {
            for (Long assessorId : assessorIds) {
                if (!existing.contains(branchId + ":" + assessorId)) {
                    persist(campaignId, branchId, assessorId);
                    newFor.merge(assessorId, 1, Integer::sum);
                    created++;
                }
            }
        }
        // one message per assessor, however many branches they were given
        newFor.forEach((assessorId, count) -> notifications.toAccount(
                assessorId, NotificationKind.ASSIGNMENT_MADE, campaignId, null, Map.of("count", count)));
        return new BulkAssignmentView(created, branchIds.size() * assessorIds.size() - created);
    }

    /** Removes an assignment and the assessor's draft; refused once they have submitted. */
    @Transactional
    public void unassign(long campaignId, long assignmentId) {
        campaigns.visible(campaignId);
        AssessorAssignment assignment = AssessorAssignment.findById(assignmentId);
        if (assignment == null || assignment.campaignId != campaignId) {
            throw ApiException.notFound("Assignment", assignmentId);
        }
        Scoresheet sheet = Scoresheet.find(
                        "campaignId = ?1 and branchId = ?2 and assessorId = ?3",
                        campaignId,
                        assignment.branchId,
                        assignment.assessorId)
                .firstResult();
        if (sheet != null && sheet.status == SheetStatus.SUBMITTED) {
            throw ApiException.conflict(
                    "SCORESHEET_SUBMITTED",
                    "The assessor has submitted their scoresheet for this branch; reopen it before unassigning");
        }
        if (sheet != null) {
            sheet.delete();
        }
        assignment.delete();
    }

    private AssessorAssignment persist(long campaignId, long branchId, long assessorId) {
        AssessorAssignment a = new AssessorAssignment();
        a.campaignId = campaignId;
        a.branchId = branchId;
        a.assessorId = assessorId;
        a.assignedBy = user.username();
        a.persist();
        return a;
    }
}
