package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationObjectionResolutionRequest",
        description = "How an objection was handled; upheld, it takes the recommendation off (REJECTED)")
public record ObjectionResolutionRequest(
        @NotBlank @Size(max = 10000) String handling,
        @NotBlank @Size(max = 10000) String outcome,
        @NotNull Boolean upheld,
        @NotNull Long version) {}
