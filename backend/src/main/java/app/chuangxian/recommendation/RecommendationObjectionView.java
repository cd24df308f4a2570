package app.chuangxian.recommendation;

import app.chuangxian.commendation.ObjectionStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationObjection", description = "An objection to a recommendation, raised during its notice")
public record RecommendationObjectionView(
        long id,
        long recommendationId,

        @Schema(nullable = true, description = "Null for an anonymous objector")
        String raisedBy,

        LocalDate receivedOn,
        String content,
        @Schema(nullable = true) String handling,
        @Schema(nullable = true) String outcome,

        @Schema(description = "True when it was found to hold and took the recommendation off")
        boolean upheld,

        ObjectionStatus status,
        @Schema(nullable = true) Instant resolvedAt,
        String recordedBy,
        long version) {

    static RecommendationObjectionView of(RecommendationObjection o) {
        return new RecommendationObjectionView(
                o.id,
                o.recommendationId,
                o.raisedBy,
                o.receivedOn,
                o.content,
                o.handling,
                o.outcome,
                o.upheld,
                o.status,
                o.resolvedAt,
                o.recordedBy,
                o.version);
    }
}
