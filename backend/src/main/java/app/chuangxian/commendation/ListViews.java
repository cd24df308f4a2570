package app.chuangxian.commendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a commendation list looks like over the wire. */
public final class ListViews {
    private ListViews() {}

    @Schema(name = "CommendationListSummary")
    public record Summary(
            long id,
            long campaignId,
            ListStatus status,
            ShortlistBasis basis,
            @Schema(nullable = true) String minGradeCode,
            @Schema(nullable = true) Integer topN,
            @Schema(nullable = true) Long correctsId,
            @Schema(nullable = true) Long correctedById,
            @Schema(nullable = true) String resolutionNumber,
            @Schema(nullable = true) LocalDate resolutionDate,
            @Schema(nullable = true) Instant publishedAt,
            long entryCount,
            long version) {}

    @Schema(
            name = "CommendationList",
            description = "adjustments and openObjections are filled for committee staff only")
    public record Detail(
            long id,
            long campaignId,
            String campaignTitle,
            ListStatus status,
            ShortlistBasis basis,
            @Schema(nullable = true) String minGradeCode,
            @Schema(nullable = true) Integer topN,
            @Schema(nullable = true) Long correctsId,
            @Schema(nullable = true) Long correctedById,
            @Schema(nullable = true) LocalDate noticeStartsOn,
            @Schema(nullable = true) LocalDate noticeEndsOn,
            @Schema(nullable = true) String noticeText,
            @Schema(nullable = true) String resolutionNumber,
            @Schema(nullable = true) LocalDate resolutionDate,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) Instant publishedAt,
            List<Entry> entries,
            List<AdjustmentView> adjustments,
            @Schema(nullable = true) Integer openObjections,
            long version) {}

    @Schema(name = "CommendationEntry", description = "origin RESULTS (drawn by the rule) or ADDED (by hand)")
    public record Entry(
            long branchId,
            String branchName,
            int rank,
            BigDecimal total,
            String gradeCode,
            String gradeName,
            boolean eligible,
            String origin) {
        static Entry of(CommendationEntry e) {
            return new Entry(e.branchId, e.branchName, e.rank, e.total, e.gradeCode, e.gradeName, e.eligible, e.origin);
        }
    }

    @Schema(name = "ShortlistAdjustment")
    public record AdjustmentView(
            long branchId, String branchName, String action, String reason, String madeBy, Instant madeAt) {
        static AdjustmentView of(Adjustment a) {
            return new AdjustmentView(a.branchId, a.branchName, a.action, a.reason, a.madeBy, a.createdAt);
        }
    }

    @Schema(name = "Objection", description = "raisedBy is null and anonymous true for an anonymous objector")
    public record ObjectionView(
            long id,
            long listId,
            long branchId,
            String branchName,
            @Schema(nullable = true) String raisedBy,
            boolean anonymous,
            LocalDate receivedOn,
            String content,
            @Schema(nullable = true) String handling,
            @Schema(nullable = true) String outcome,
            ObjectionStatus status,
            long version) {
        static ObjectionView of(Objection o, String branchName) {
            return new ObjectionView(
                    o.id,
                    o.listId,
                    o.branchId,
                    branchName,
                    o.raisedBy,
                    o.raisedBy == null,
                    o.receivedOn,
                    o.content,
                    o.handling,
                    o.outcome,
                    o.status,
                    o.version);
        }
    }
}
