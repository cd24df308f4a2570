package app.chuangxian.assessment.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AssessorLoad",
        description = "How many branches an assessor has in a campaign and how many they have submitted")
public record AssessorLoad(
        @Schema(example = "5") long assessorId,
        @Schema(example = "assessor1") String username,
        @Schema(example = "考核组 王评") String displayName,

        @Schema(nullable = true, description = "The assessor's own branch, which they never score")
        Long ownBranchId,

        @Schema(example = "6") long assigned,
        @Schema(example = "2") long submitted) {}
