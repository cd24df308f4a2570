package app.chuangxian.assessment.assignment;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkAssignmentRequest", description = "Assign every listed assessor to every listed branch")
public record BulkAssignmentRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull Long> branchIds,
        @NotEmpty @Size(max = 50) List<@NotNull Long> assessorIds) {}
