package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationReviewRequest", description = "Accept a recommendation, or return it with reasons")
public record ReviewRequest(
        @NotNull ReviewDecision decision,

        @Size(max = 5000) @Schema(nullable = true, description = "Why it is returned (required to return)")
        String note,

        @NotNull Long version) {}
