package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationRequest",
        description = "A candidate the campaign's organisation recommends to the organisation right above: a branch"
                + " (GRASSROOTS, branchId) or a local committee below it (LOCAL, organisationId), with its dossier")
public record RecommendationRequest(
        @NotNull RecommendationTitle title,

        @Schema(nullable = true, description = "The branch, for GRASSROOTS")
        Long branchId,

        @Schema(nullable = true, description = "The local committee, for LOCAL")
        Long organisationId,

        @NotBlank @Size(max = 20000) @Schema(description = "事迹材料: the deeds that make the candidate stand out")
        String dossier,

        @Size(max = 20)
        @Schema(
                nullable = true,
                description = "Deliverables of the branch, accepted in the campaign that commended it, linked as"
                        + " evidence (its 活动总结, records with photos); carried up from below, the recommendation below"
                        + " keeps its own when this is left out")
        List<@NotNull Long> evidence) {}
