package app.chuangxian.assessment.assignment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRequest", description = "Assign one assessor to one branch")
public record AssignmentRequest(
        @NotNull @Schema(example = "3") Long branchId,
        @NotNull @Schema(example = "5") Long assessorId) {}
