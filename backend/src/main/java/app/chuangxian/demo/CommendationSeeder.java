package app.chuangxian.demo;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.commendation.BranchResult;
import app.chuangxian.commendation.CommendationEntry;
import app.chuangxian.commendation.CommendationList;
import app.chuangxian.commendation.FeedbackReport;
import app.chuangxian.commendation.FeedbackSection;
import app.chuangxian.commendation.FeedbackService;
import app.chuangxian.commendation.FeedbackStatus;
import app.chuangxian.commendation.ListStatus;
import app.chuangxian.commendation.Objection;
import app.chuangxian.commendation.ObjectionStatus;
import app.chuangxian.commendation.ResultsSource;
import app.chuangxian.commendation.ShortlistBasis;
import app.chuangxian.common.time.CommitteeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 2009 campaign's summary phase as it ended: the five best eligible branches were announced from 15 to
 * 21 November 2010, one anonymous objection was looked into and dismissed, the committee approved the list under
 * 民进吕梁市委〔2010〕12号 and published it; every branch's feedback report, drafted from the assessors' remarks
 * and tidied, was released to it.
 */
@ApplicationScoped
public class CommendationSeeder implements DemoSeeder {
    static final String RESOLUTION = "民进吕梁市委〔2010〕12号";
    static final int TOP_N = 5;

    @Inject
    ResultsSource results;

    @Inject
    FeedbackService feedback;

    @Inject
    EntityManager em;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CommitteeClock clock;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoContext context) {
        if (!(context.shared.get(DemoContext.CAMPAIGN_2009) instanceof Long campaignId)) {
            return;
        }
        Campaign campaign = campaigns.find(campaignId).orElse(null);
        if (campaign == null || campaign.resultsStatus != ResultsStatus.PUBLISHED) {
            return;
        }
        em.flush(); // the results are computed by queries over what the scoring seeder just wrote
        List<BranchResult> commended = topEligible(results.finalResults(campaignId));
        if (commended.isEmpty()) {
            return;
        }
        CommendationList list = publishedList(campaignId);
        commended.forEach(r ->
                CommendationEntry.of(list.id, r, CommendationEntry.FROM_RESULTS).persist());
        objection(list.id, commended.get(commended.size() - 1).branchId());
        releaseFeedback(campaignId);
        em.flush();
    }

    /** The first {@link #TOP_N} eligible branches by rank, ties at the cut-off included (the TOP_N rule). */
    static List<BranchResult> topEligible(List<BranchResult> finals) {
        List<BranchResult> eligible = finals.stream()
                .filter(BranchResult::eligible)
                .sorted(Comparator.comparingInt(BranchResult::position))
                .toList();
        if (eligible.size() <= TOP_N) {
            return eligible;
        }
        int cutOff = eligible.get(TOP_N - 1).rank();
        return eligible.stream().filter(r -> r.rank() <= cutOff).toList();
    }

    private CommendationList publishedList(long campaignId) {
        CommendationList list = new CommendationList();
        list.campaignId = campaignId;
        list.basis = ShortlistBasis.TOP_N;
        list.topN = TOP_N;
        list.createdBy = "admin";
        list.noticeStartsOn = LocalDate.of(2010, 11, 15);
        list.noticeEndsOn = LocalDate.of(2010, 11, 21);
        list.noticeText = "经各基层组织自评、考核组评审和会市委综合评定，拟对以下基层组织予以表彰，现予公示。" + "公示期间如有异议，请以书面或电话形式向会市委组织部反映。";
        list.resolutionNumber = RESOLUTION;
        list.resolutionDate = LocalDate.of(2010, 12, 6);
        list.approvedBy = "admin";
        list.approvedAt =
                ZonedDateTime.of(2010, 12, 6, 10, 0, 0, 0, clock.zone()).toInstant();
        list.publishedAt =
                ZonedDateTime.of(2010, 12, 8, 9, 30, 0, 0, clock.zone()).toInstant();
        list.status = ListStatus.PUBLISHED;
        list.persist();
        return list;
    }

    private void objection(long listId, long branchId) {
        Objection o = new Objection();
        o.listId = listId;
        o.branchId = branchId;
        o.receivedOn = LocalDate.of(2010, 11, 17);
        o.content = "反映该组织部分活动记录为事后补记。";
        o.handling = "会市委组织部调阅了该组织的会议记录、签到表和活动照片，并与班子成员逐一谈话核实。";
        o.outcome = "记录与签到表、照片一致，反映情况不属实，维持公示名单。";
        o.status = ObjectionStatus.RESOLVED;
        o.resolvedAt = ZonedDateTime.of(2010, 11, 20, 16, 0, 0, 0, clock.zone()).toInstant();
        o.recordedBy = "admin";
        o.persist();
    }

    private void releaseFeedback(long campaignId) {
        feedback.draft(campaignId);
        var released = ZonedDateTime.of(2010, 12, 10, 9, 0, 0, 0, clock.zone()).toInstant();
        for (FeedbackReport report : FeedbackReport.<FeedbackReport>list("campaignId", campaignId)) {
            if (report.total != null && report.rank != null && report.gradeName != null) {
                report.summary = summary(report);
            }
            report.sections.forEach(CommendationSeeder::dropRepeatedLines);
            report.status = FeedbackStatus.RELEASED;
            report.releasedAt = released;
        }
    }

    /** As staff would edit the draft: a remark already listed as a strength is not also an area for improvement. */
    static void dropRepeatedLines(FeedbackSection section) {
        if (section.strengths == null || section.improvements == null) {
            return;
        }
        List<String> strengths = section.strengths.lines().toList();
        String kept = section.improvements
                .lines()
                .filter(line -> !strengths.contains(line))
                .collect(Collectors.joining("\n"));
        section.improvements = kept.isEmpty() ? null : kept;
    }

    private static String summary(FeedbackReport report) {
        return report.branchName + "在本次创建活动中总分 "
                + report.total.stripTrailingZeros().toPlainString()
                + " 分，排名第 " + report.rank + " 位，等次为" + report.gradeName
                + "。请对照各项标准的改进方向，在今后的工作中加以落实。";
    }
}
