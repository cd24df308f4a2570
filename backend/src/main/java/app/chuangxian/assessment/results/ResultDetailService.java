package app.chuangxian.assessment.results;

import app.chuangxian.account.AccountService;
import app.chuangxian.assessment.ScoreInput;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.assessment.selfassessment.SelfAssessment;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Indicator;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One branch's result in full: the assessors' submitted scoresheets (named for staff, anonymised as 评审 n for
 * everyone else) and the branch's self-assessment beside the final score, never mixed into it.
 */
@ApplicationScoped
public class ResultDetailService {
    @Inject
    AccountService accounts;

    @Inject
    ResultsService results;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    public ResultDetailView detail(long campaignId, long branchId) {
        Campaign campaign = results.visibleCampaign(campaignId);
        if (!user.canSeeBranch(branchId)) {
            throw ApiException.notFound("Result of branch", branchId);
        }
        ResultView result = results.one(campaign, branchId);
        List<Scoresheet> sheets = Scoresheet.list(
                "campaignId = ?1 and branchId = ?2 and status = ?3 order by id",
                campaignId,
                branchId,
                SheetStatus.SUBMITTED);
        Map<Long, String> names = user.isAdmin() && !sheets.isEmpty()
                ? accounts.byIds(sheets.stream().map(s -> s.assessorId).toList()).values().stream()
                        .collect(Collectors.toMap(a -> a.id, a -> a.displayName))
                : Map.of();
        List<ResultDetailView.Review> reviews = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Scoresheet s = sheets.get(i);
            reviews.add(new ResultDetailView.Review(
                    "评审 " + (i + 1),
                    names.get(s.assessorId),
                    s.total,
                    s.scores.stream()
                            .map(l -> new ScoreInput(l.indicatorId, l.points, l.comment))
                            .toList()));
        }
        boolean seesSelf = user.isAdmin() || (user.isBranchScoped() && user.canSeeBranch(branchId));
        SelfAssessment self = seesSelf
                ? SelfAssessment.find(
                                "campaignId = ?1 and branchId = ?2 and status = ?3",
                                campaignId,
                                branchId,
                                SheetStatus.SUBMITTED)
                        .firstResult()
                : null;
        if (self == null) {
            return new ResultDetailView(result, reviews, null, null, null);
        }
        BigDecimal gap = result.total() == null ? null : self.total.subtract(result.total());
        return new ResultDetailView(result, reviews, self.total, gap, comparison(campaignId, self, result));
    }

    private List<ResultDetailView.SelfComparison> comparison(long campaignId, SelfAssessment self, ResultView result) {
        Map<Long, Indicator> indicators = campaigns.indicators(campaignId);
        Map<Long, BigDecimal> selfByStandard = new HashMap<>();
        self.scores.forEach(l -> {
            Indicator i = indicators.get(l.indicatorId);
            if (i != null) {
                selfByStandard.merge(i.standardId, l.points, BigDecimal::add);
            }
        });
        Map<Long, BigDecimal> finals = new HashMap<>();
        if (result.standards() != null) {
            result.standards().forEach(s -> finals.put(s.standardId(), s.points()));
        }
        return campaigns.standards(campaignId).stream()
                .map(s -> new ResultDetailView.SelfComparison(
                        s.id,
                        s.code,
                        selfByStandard.getOrDefault(s.id, BigDecimal.ZERO).setScale(1),
                        finals.get(s.id)))
                .toList();
    }
}
