package app.chuangxian.assessment.selfassessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SelfAssessmentRequest",
        description = "Save the self-assessment draft; `version` is required once it exists")
public record SelfAssessmentRequest(
        @NotNull @Size(max = 500) List<@NotNull @Valid SelfScoreInput> scores,

        @Schema(description = "The version you read; omit only for the first save")
        Long version) {}
