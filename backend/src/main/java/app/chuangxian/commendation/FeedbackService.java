package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.Standard;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feedback reports: drafted from final results and remarks, edited by staff, released. Before release only
 * staff see a report; after it, viewers and the branch itself (another branch's report is 404).
 */
@ApplicationScoped
public class FeedbackService {
    static final Map<String, String> SORTABLE =
            Map.of("branchName", "branchName", "rank", "rank", "total", "total", "status", "status", "id", "id");

    @Inject
    ResultsGateway results;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Inject
    NotificationService notifications;

    @Transactional
    public FeedbackViews.Drafted draft(long campaignId) {
        campaigns.visible(campaignId);
        List<BranchResult> finals = results.finalResults(campaignId);
        Set<Long> existing = FeedbackReport.branchesWithReport(campaignId);
        List<Standard> standards = campaigns.standards(campaignId);
        int drafted = 0;
        for (BranchResult r : finals) {
            if (existing.contains(r.branchId())) {
                continue;
            }
            FeedbackReport.persist(newReport(campaignId, r, standards, results.remarks(campaignId, r.branchId())));
            drafted++;
        }
        return new FeedbackViews.Drafted(drafted, finals.size() - drafted);
    }

    public PageResult<FeedbackViews.Summary> list(long campaignId, FeedbackStatus status, PageQuery paging) {
        // a branch account reads only its own branch's reports, filtered below; staff those of their organisations
        if (user.isBranchScoped()) {
            campaigns.require(campaignId);
        } else {
            campaigns.visible(campaignId);
        }
        Long onlyBranch = user.isBranchScoped() ? user.branchId().orElse(-1L) : null;
        FeedbackStatus only = status;
        if (!user.isAdmin()) {
            if (status == FeedbackStatus.DRAFT) {
                return paging.result(List.of(), 0);
            }
            only = FeedbackStatus.RELEASED;
        }
        PanacheQuery<FeedbackReport> query =
                FeedbackReport.ofCampaign(campaignId, only, onlyBranch, paging.resolveSort(SORTABLE, "rank"));
        long total = query.count();
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(FeedbackViews.Summary::of)
                        .toList(),
                total);
    }

    public FeedbackViews.Report get(long id) {
        return FeedbackViews.Report.of(visible(id));
    }

    /** A report the caller may read, or 404. */
    public FeedbackReport visible(long id) {
        FeedbackReport report = FeedbackReport.findById(id);
        boolean hidden = report == null
                || (!user.isAdmin() && report.status != FeedbackStatus.RELEASED)
                || !user.canSeeBranch(report.branchId)
                || !(user.isBranchScoped() || campaigns.canSee(report.campaignId));
        if (hidden) {
            throw ApiException.notFound("Feedback report", id);
        }
        return report;
    }

    @Transactional
    public FeedbackViews.Report update(long id, FeedbackRequests.Update request) {
        FeedbackReport report = editable(id, request.version());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.sections().size(); i++) {
            FeedbackRequests.SectionEdit edit = request.sections().get(i);
            FeedbackSection section = report.sections.stream()
                    .filter(s -> s.standardCode.equals(edit.standardCode()))
                    .findFirst()
                    .orElse(null);
            if (section == null) {
                errors.add(
                        new Problem.FieldError("sections[" + i + "].standardCode", "is not a standard of this report"));
                continue;
            }
            section.strengths = trimmed(edit.strengths());
            section.improvements = trimmed(edit.improvements());
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        report.summary = trimmed(request.summary());
        report.updatedAt = Instant.now(); // a section edit alone changes the report too
        FeedbackReport.flush();
        return FeedbackViews.Report.of(report);
    }

    @Transactional
    public FeedbackViews.Report release(long id, VersionRequest request) {
        FeedbackReport report = editable(id, request.version());
        report.status = FeedbackStatus.RELEASED;
        report.releasedAt = Instant.now();
        FeedbackReport.flush();
        notifications.toBranch(
                report.branchId, NotificationKind.FEEDBACK_RELEASED, report.campaignId, report.id, Map.of());
        return FeedbackViews.Report.of(report);
    }

    private FeedbackReport editable(long id, Long version) {
        FeedbackReport report = FeedbackReport.findById(id);
        if (report == null || !campaigns.canSee(report.campaignId)) {
            throw ApiException.notFound("Feedback report", id);
        }
        if (report.status == FeedbackStatus.RELEASED) {
            throw ApiException.conflict(
                    "FEEDBACK_RELEASED", "Feedback report " + id + " is released and cannot change");
        }
        if (version == null || version != report.version) {
            throw ApiException.staleVersion("Feedback report " + id);
        }
        return report;
    }

    private static FeedbackReport newReport(
            long campaignId, BranchResult r, List<Standard> standards, List<AssessorRemark> remarks) {
        FeedbackReport report = new FeedbackReport();
        report.campaignId = campaignId;
        report.branchId = r.branchId();
        report.branchName = r.branchName();
        report.total = r.total();
        report.gradeName = r.gradeName();
        report.rank = r.rank();
        // only remarks meant for the branch: a consensus reason is the committee's record and may name assessors
        List<AssessorRemark> forBranch =
                remarks.stream().filter(m -> "SCORESHEET".equals(m.source())).toList();
        List<String> codes = new ArrayList<>(standards.stream().map(s -> s.code).toList());
        r.standardScores().keySet().stream()
                .sorted()
                .filter(c -> !codes.contains(c))
                .forEach(codes::add);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            FeedbackSection s = new FeedbackSection();
            s.seq = i + 1;
            s.standardCode = code;
            s.standardName = standards.stream()
                    .filter(st -> st.code.equals(code))
                    .map(st -> st.name)
                    .findFirst()
                    .orElse(code);
            s.score = r.standardScores().get(code);
            FeedbackDrafter.Draft draft = FeedbackDrafter.draft(code, forBranch);
            s.strengths = draft.strengths();
            s.improvements = draft.improvements();
            report.sections.add(s);
        }
        return report;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
