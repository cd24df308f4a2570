package app.chuangxian.assessment.consensus;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.assessment.ScoreRules;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Standard;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.persistence.RetryOnDeadlock;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.sitevisit.SiteVisitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Committee staff record the consensus for a branch: a score for every standard, the reason and who took part. */
@ApplicationScoped
public class ConsensusService {
    @Inject
    SiteVisitService siteVisits;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Inject
    ScoreAggregates aggregates;

    public ConsensusView get(long campaignId, long branchId) {
        campaigns.visible(campaignId);
        ConsensusResult c = find(campaignId, branchId);
        if (c == null) {
            throw ApiException.notFound("Consensus for branch", branchId);
        }
        return ConsensusView.of(c);
    }

    @RetryOnDeadlock
    @Transactional
    public ConsensusView record(long campaignId, long branchId, ConsensusRequest request) {
        campaigns.visible(campaignId);
        if (!campaigns.participates(campaignId, branchId)) {
            throw ApiException.notFound("Branch", branchId);
        }
        checkScores(request.standards(), campaigns.standards(campaignId));
        checkSiteVisit(campaignId, branchId, request.siteVisitId());
        aggregates.lock(campaignId, branchId);
        ConsensusResult existing = find(campaignId, branchId);
        if (existing != null) {
            // Sent without a version, the save meant to record the first consensus; another was recorded since (two
            // staff saving at once): the client's view is stale, as with an old version.
            if (request.version() == null) {
                throw ApiException.staleVersion("The consensus of branch " + branchId);
            }
            Versions.check(existing.version, request.version(), "Consensus " + existing.id);
        }
        ConsensusResult c = existing != null ? existing : new ConsensusResult();
        c.campaignId = campaignId;
        c.branchId = branchId;
        c.reason = request.reason().trim();
        c.participants = request.participants().trim();
        c.siteVisitId = request.siteVisitId();
        c.recordedBy = user.username();
        c.scores.clear();
        request.standards()
                .forEach(s -> c.scores.add(
                        new ConsensusScore(s.standardId(), s.points().setScale(1))));
        c.persistAndFlush();
        aggregates.recompute(campaignId, branchId);
        return ConsensusView.of(c);
    }

    private static void checkScores(List<ConsensusRequest.StandardPoints> lines, List<Standard> standards) {
        Map<Long, Standard> byId = standards.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ConsensusRequest.StandardPoints line = lines.get(i);
            Standard s = byId.get(line.standardId());
            String path = "standards[" + i + "]";
            if (s == null || !seen.add(s.id)) {
                errors.add(new Problem.FieldError(
                        path + ".standardId",
                        s == null ? "is not a standard of this campaign" : "standard " + s.code + " is given twice"));
            } else if (line.points().signum() < 0 || line.points().compareTo(s.maxPoints) > 0) {
                errors.add(Problem.FieldError.of(
                        path + ".points",
                        "must be between 0 and "
                                + s.maxPoints.stripTrailingZeros().toPlainString() + " for standard " + s.code,
                        Reasons.BETWEEN,
                        Map.of("min", 0, "max", s.maxPoints.stripTrailingZeros())));
            } else if (!ScoreRules.isHalfStep(line.points())) {
                errors.add(
                        Problem.FieldError.of(path + ".points", "must be a multiple of 0.5", Reasons.HALF_STEP, null));
            }
        }
        if (errors.isEmpty() && seen.size() < standards.size()) {
            String missing = standards.stream()
                    .filter(s -> !seen.contains(s.id))
                    .map(s -> s.code)
                    .collect(Collectors.joining(", "));
            errors.add(Problem.FieldError.of(
                    "standards",
                    "every standard needs a score; missing: " + missing,
                    Reasons.UNSCORED_STANDARDS,
                    Map.of("missing", missing)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** The visit a consensus rests on must be one to this branch in this campaign. */
    private void checkSiteVisit(long campaignId, long branchId, Long siteVisitId) {
        if (siteVisitId != null && !siteVisits.isOf(siteVisitId, campaignId, branchId)) {
            throw ApiException.invalidField("siteVisitId", "is not a site visit to this branch in this campaign");
        }
    }

    private static ConsensusResult find(long campaignId, long branchId) {
        return ConsensusResult.find("campaignId = ?1 and branchId = ?2", campaignId, branchId)
                .firstResult();
    }
}
