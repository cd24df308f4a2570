package app.chuangxian.assessment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitRequest", description = "The version of the scoresheet or self-assessment you read")
public record SubmitRequest(@NotNull @Schema(example = "2") Long version) {}
