package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Phase;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Deadline extensions: at most one per phase and branch, never earlier than the phase's end. */
@ApplicationScoped
public class DeadlineService {
    @Inject
    CampaignAccess campaigns;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    public List<DeadlineExtension> list(long campaignId) {
        campaigns.visible(campaignId);
        return user.isBranchScoped()
                ? DeadlineExtension.list(
                        "campaignId = ?1 and branchId = ?2 order by phaseId", campaignId, campaigns.ownBranch())
                : DeadlineExtension.list("campaignId = ?1 order by phaseId, branchId", campaignId);
    }

    @Transactional
    public DeadlineExtension grant(
            long campaignId, long phaseId, long branchId, DeadlineDtos.ExtensionRequest request) {
        campaigns.visible(campaignId);
        Phase phase = campaigns.phase(campaignId, phaseId);
        if (!campaigns.participates(campaignId, branchId)) {
            throw ApiException.notFound("Participating branch", branchId);
        }
        if (request.deadline().isBefore(phase.endsOn)) {
            throw ApiException.invalidField("deadline", "must not be before the phase's end date " + phase.endsOn);
        }
        DeadlineExtension e = DeadlineExtension.find("phaseId = ?1 and branchId = ?2", phaseId, branchId)
                .firstResult();
        if (e == null) {
            e = new DeadlineExtension();
            e.campaignId = campaignId;
            e.phaseId = phaseId;
            e.branchId = branchId;
        } else if (request.version() == null || request.version() != e.version) {
            throw ApiException.staleVersion("The extension of branch " + branchId + " for phase " + phaseId);
        }
        e.deadline = request.deadline();
        e.reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        e.grantedBy = user.username();
        e.persistAndFlush();
        notifications.toBranch(
                branchId,
                NotificationKind.DEADLINE_EXTENDED,
                campaignId,
                phaseId,
                Map.of("phase", phase.name, "until", e.deadline));
        return e;
    }
}
