package app.chuangxian.recommendation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationDetail",
        description = "A recommendation with the objections to it and the chain it belongs to, from the first"
                + " recommender up to the highest level it reached (only the levels the caller may see)")
public record RecommendationDetailView(
        RecommendationView recommendation,
        List<RecommendationObjectionView> objections,

        @Schema(description = "The recommendations of the same candidate below and above this one, lowest first")
        List<RecommendationView> chain) {}
