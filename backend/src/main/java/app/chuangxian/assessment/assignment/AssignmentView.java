package app.chuangxian.assessment.assignment;

import app.chuangxian.assessment.SheetStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment", description = "An assessor assigned to a branch, with the state of their scoresheet")
public record AssignmentView(
        @Schema(example = "41") long id,
        long campaignId,
        long branchId,
        @Schema(example = "LS") String branchCode,
        @Schema(example = "民进离石区总支") String branchName,
        long assessorId,
        @Schema(example = "assessor1") String assessorUsername,
        @Schema(example = "考核组 王评") String assessorName,

        @Schema(nullable = true, description = "The assessor's scoresheet for the branch; absent until they start one")
        SheetStatus scoresheetStatus,

        Instant createdAt) {}
