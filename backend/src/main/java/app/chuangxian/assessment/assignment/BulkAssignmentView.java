package app.chuangxian.assessment.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BulkAssignmentResult",
        description = "How many pairs were assigned; pairs already assigned are left as they are")
public record BulkAssignmentView(
        @Schema(example = "12") int created,
        @Schema(example = "2") int alreadyAssigned) {}
