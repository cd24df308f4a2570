package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationObjectionRequest",
        description = "An objection to a recommendation received during its notice; leave raisedBy empty for an"
                + " anonymous one")
public record RecommendationObjectionRequest(
        @Size(max = 100) @Schema(nullable = true) String raisedBy,
        @NotBlank @Size(max = 10000) String content) {}
