package app.chuangxian.assessment.selfassessment;

import app.chuangxian.assessment.SheetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SelfAssessment", description = "A branch's self-assessment (自评)")
public record SelfAssessmentView(
        long id,
        long campaignId,
        long branchId,
        SheetStatus status,
        @Schema(example = "88.5") BigDecimal total,
        List<SelfScoreInput> scores,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(example = "1") long version,
        Instant updatedAt) {

    static SelfAssessmentView of(SelfAssessment s) {
        return new SelfAssessmentView(
                s.id,
                s.campaignId,
                s.branchId,
                s.status,
                s.total,
                s.scores.stream()
                        .map(l -> new SelfScoreInput(l.indicatorId, l.points, l.comment))
                        .toList(),
                s.submittedBy,
                s.submittedAt,
                s.version,
                s.updatedAt);
    }
}
