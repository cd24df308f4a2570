package app.chuangxian.assessment.selfassessment;

import app.chuangxian.assessment.ScoreInput;
import app.chuangxian.assessment.ScoreRules;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * A branch scores itself: drafts, then one submission, read-only afterwards; staff and the branch read it, and an
 * assessor assigned to the branch reads it once submitted.
 */
@ApplicationScoped
public class SelfAssessmentService {
    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    public SelfAssessmentView get(long campaignId, long branchId) {
        return current(campaignId, branchId)
                .orElseThrow(() -> ApiException.notFound("Self-assessment of branch", branchId));
    }

    /**
     * The branch's self-assessment as {@link #get} reads it, or empty before its first save (and, for an assessor,
     * while it is not submitted or the branch is not theirs to score).
     */
    public Optional<SelfAssessmentView> current(long campaignId, long branchId) {
        campaigns.visible(campaignId);
        if (!user.isAdmin() && !(user.hasRole(Roles.BRANCH) && user.canSeeBranch(branchId))) {
            return forAssessor(campaignId, branchId);
        }
        reachable(campaignId, branchId);
        return Optional.ofNullable(find(campaignId, branchId)).map(SelfAssessmentView::of);
    }

    /** An assessor reads the submitted self-assessment of a branch assigned to them, never a draft; nothing else. */
    private Optional<SelfAssessmentView> forAssessor(long campaignId, long branchId) {
        boolean assigned = user.hasRole(Roles.ASSESSOR)
                && user.accountId()
                        .map(me -> AssessorAssignment.count(
                                        "campaignId = ?1 and branchId = ?2 and assessorId = ?3",
                                        campaignId,
                                        branchId,
                                        me)
                                > 0)
                        .orElse(false);
        SelfAssessment s = assigned ? find(campaignId, branchId) : null;
        return s == null || s.status != SheetStatus.SUBMITTED
                ? Optional.empty()
                : Optional.of(SelfAssessmentView.of(s));
    }

    @Transactional
    public SelfAssessmentView save(long campaignId, long branchId, SelfAssessmentRequest request) {
        campaigns.visible(campaignId);
        reachable(campaignId, branchId);
        SelfAssessment s = find(campaignId, branchId);
        if (s == null) {
            s = new SelfAssessment();
            s.campaignId = campaignId;
            s.branchId = branchId;
        } else {
            Versions.check(
                    s.version,
                    request.version(),
                    "Self-assessment " + s.id,
                    "is required once the self-assessment exists");
            if (s.status == SheetStatus.SUBMITTED) {
                throw ApiException.conflict(
                        "SELF_ASSESSMENT_SUBMITTED", "The self-assessment is submitted and read-only");
            }
        }
        ScoreRules.check(
                request.scores().stream().map(SelfScoreInput::asScore).toList(),
                campaigns.indicators(campaignId),
                "justification",
                false,
                false);
        s.scores.clear();
        s.scores.addAll(ScoreRules.toLines(
                request.scores().stream().map(SelfScoreInput::asScore).toList()));
        s.total = ScoreRules.total(s.scores);
        s.persistAndFlush();
        return SelfAssessmentView.of(s);
    }

    @Transactional
    public SelfAssessmentView submit(long campaignId, long branchId, VersionRequest request) {
        campaigns.visible(campaignId);
        reachable(campaignId, branchId);
        SelfAssessment s = find(campaignId, branchId);
        if (s == null) {
            throw ApiException.notFound("Self-assessment of branch", branchId);
        }
        Versions.check(
                s.version, request.version(), "Self-assessment " + s.id, "is required once the self-assessment exists");
        if (s.status == SheetStatus.SUBMITTED) {
            throw ApiException.conflict("SELF_ASSESSMENT_SUBMITTED", "The self-assessment is already submitted");
        }
        ScoreRules.check(
                s.scores.stream()
                        .map(l -> new ScoreInput(l.indicatorId, l.points, l.comment))
                        .toList(),
                campaigns.indicators(campaignId),
                "justification",
                false,
                true);
        s.status = SheetStatus.SUBMITTED;
        s.submittedAt = Instant.now();
        s.submittedBy = user.username();
        SelfAssessment.flush();
        return SelfAssessmentView.of(s);
    }

    /** Another branch's self-assessment, or a branch outside the campaign, is 404. */
    private void reachable(long campaignId, long branchId) {
        if (!user.canSeeBranch(branchId) || !campaigns.participates(campaignId, branchId)) {
            throw ApiException.notFound("Branch", branchId);
        }
    }

    private static SelfAssessment find(long campaignId, long branchId) {
        return SelfAssessment.find("campaignId = ?1 and branchId = ?2", campaignId, branchId)
                .firstResult();
    }
}
