package app.chuangxian.commendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.export.Download;
import app.chuangxian.common.export.Spreadsheet;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The files staff and branches download; each is told to the {@link ExportRecorder}. */
@ApplicationScoped
public class ExportService {
    @Inject
    ResultsGateway results;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CommendationLists lists;

    @Inject
    NoticeService notices;

    @Inject
    FeedbackService feedback;

    @Inject
    PdfDocuments pdf;

    @Inject
    ExportRecorder recorder;

    @Inject
    CurrentUser user;

    public Download scoreSheet(long campaignId) {
        Campaign campaign = campaigns.visible(campaignId);
        List<BranchResult> rows = new ArrayList<>(results.finalResults(campaignId));
        rows.sort(Comparator.comparingInt(BranchResult::position));
        List<StandardColumn> standards = new ArrayList<>();
        campaigns.standards(campaignId).forEach(s -> standards.add(new StandardColumn(s.code, s.name)));
        rows.stream()
                .flatMap(r -> r.standardScores().keySet().stream())
                .distinct()
                .sorted()
                .filter(code -> standards.stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> standards.add(new StandardColumn(code, code)));
        byte[] body = scoreSheet(campaign.title + " 成绩排名表", standards, rows);
        recorder.exported("SCORE_SHEET_XLSX", "campaign " + campaignId, user.username());
        return new Download(
                body, Download.XLSX, campaign.title + "-成绩排名表.xlsx", "campaign-" + campaignId + "-scores.xlsx");
    }

    /** A standard's column of the score sheet: the code its scores are keyed by, and its header. */
    private record StandardColumn(String code, String title) {}

    /** The ranking and score sheet (成绩排名表): rank, branch, each standard, total, grade, eligibility. */
    private static byte[] scoreSheet(String title, List<StandardColumn> standards, List<BranchResult> rows) {
        List<Spreadsheet.Column> columns = new ArrayList<>();
        columns.add(new Spreadsheet.Column("排名", 6));
        columns.add(new Spreadsheet.Column("基层组织", 30));
        standards.forEach(s -> columns.add(width(s.title())));
        List.of("总分", "等次", "符合表彰条件").forEach(t -> columns.add(width(t)));
        columns.add(new Spreadsheet.Column("不符合原因", 40));
        try (Spreadsheet sheet = new Spreadsheet("成绩排名", columns)) {
            for (BranchResult result : rows) {
                List<Object> cells = new ArrayList<>();
                cells.add(result.rank());
                cells.add(result.branchName());
                standards.forEach(s -> cells.add(result.standardScores().get(s.code())));
                cells.add(result.total());
                cells.add(result.gradeName() == null ? "" : result.gradeName());
                cells.add(result.eligible() ? "是" : "否");
                cells.add(result.ineligibleReason() == null ? "" : result.ineligibleReason());
                sheet.row(cells);
            }
            return sheet.toBytes(title);
        }
    }

    private static Spreadsheet.Column width(String title) {
        return new Spreadsheet.Column(title, Math.max(10, title.length() * 2 + 4));
    }

    public Download commendationList(long listId) {
        ListViews.Detail list = lists.get(listId);
        List<ListViews.ObjectionView> objections = user.isAdmin() ? notices.all(listId) : List.of();
        byte[] body = pdf.commendationList(list, objections);
        recorder.exported("COMMENDATION_LIST_PDF", "commendation list " + listId, user.username());
        return new Download(
                body, Download.PDF, list.campaignTitle() + "-表彰名单.pdf", "commendation-list-" + listId + ".pdf");
    }

    public Download feedbackReport(long reportId) {
        FeedbackViews.Report report = feedback.get(reportId);
        Campaign campaign = campaigns.require(report.campaignId());
        byte[] body = pdf.feedbackReport(report, campaign.title);
        recorder.exported("FEEDBACK_REPORT_PDF", "feedback report " + reportId, user.username());
        return new Download(
                body, Download.PDF, report.branchName() + "-反馈报告.pdf", "feedback-report-" + reportId + ".pdf");
    }

    public Download certificate(long listId, long branchId) {
        ListViews.Detail list = lists.get(listId);
        ListViews.Entry entry = list.entries().stream()
                .filter(e -> e.branchId() == branchId)
                .findFirst()
                .orElse(null);
        if (entry == null || !user.canSeeBranch(branchId)) {
            throw ApiException.notFound("Branch on commendation list", branchId);
        }
        if (list.status() != ListStatus.APPROVED && list.status() != ListStatus.PUBLISHED) {
            throw ApiException.conflict("LIST_NOT_APPROVED", "Certificates are issued once the list is approved");
        }
        byte[] body = pdf.certificate(entry.branchName(), list.campaignTitle(), list);
        recorder.exported("CERTIFICATE_PDF", "commendation list " + listId + " branch " + branchId, user.username());
        return new Download(
                body,
                Download.PDF,
                entry.branchName() + "-荣誉证书.pdf",
                "certificate-" + listId + "-" + branchId + ".pdf");
    }
}
