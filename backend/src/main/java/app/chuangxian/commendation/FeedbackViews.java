package app.chuangxian.commendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Feedback reports over the wire. */
public final class FeedbackViews {
    private FeedbackViews() {}

    @Schema(name = "FeedbackReport")
    public record Report(
            long id,
            long campaignId,
            long branchId,
            String branchName,
            BigDecimal total,
            String gradeName,
            Integer rank,
            @Schema(nullable = true) String summary,
            FeedbackStatus status,
            @Schema(nullable = true) Instant releasedAt,
            List<Section> sections,
            long version) {
        static Report of(FeedbackReport r) {
            return new Report(
                    r.id,
                    r.campaignId,
                    r.branchId,
                    r.branchName,
                    r.total,
                    r.gradeName,
                    r.rank,
                    r.summary,
                    r.status,
                    r.releasedAt,
                    r.sections.stream().map(Section::of).toList(),
                    r.version);
        }
    }

    @Schema(name = "FeedbackReportSummary")
    public record Summary(
            long id,
            long campaignId,
            long branchId,
            String branchName,
            BigDecimal total,
            String gradeName,
            Integer rank,
            FeedbackStatus status,
            @Schema(nullable = true) Instant releasedAt,
            long version) {
        static Summary of(FeedbackReport r) {
            return new Summary(
                    r.id,
                    r.campaignId,
                    r.branchId,
                    r.branchName,
                    r.total,
                    r.gradeName,
                    r.rank,
                    r.status,
                    r.releasedAt,
                    r.version);
        }
    }

    @Schema(
            name = "FeedbackSection",
            description = "One standard: score, strengths (one per line) and areas for improvement")
    public record Section(
            String standardCode,
            String standardName,
            BigDecimal score,
            @Schema(nullable = true) String strengths,
            @Schema(nullable = true) String improvements) {
        static Section of(FeedbackSection s) {
            return new Section(s.standardCode, s.standardName, s.score, s.strengths, s.improvements);
        }
    }

    @Schema(
            name = "FeedbackDraftResult",
            description = "How many reports were drafted now and how many already existed")
    public record Drafted(int drafted, int alreadyDrafted) {}
}
