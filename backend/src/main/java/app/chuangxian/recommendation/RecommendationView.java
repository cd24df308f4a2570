package app.chuangxian.recommendation;

import app.chuangxian.deliverable.DeliverableRef;
import app.chuangxian.organisation.OrganisationRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Recommendation",
        description = "A candidate recommended from one level's campaign into the campaign right above it")
public record RecommendationView(
        long id,

        @Schema(description = "The campaign it is recommended into (the level above)")
        long campaignId,

        @Schema(description = "The recommender's campaign") long sourceCampaignId,

        @Schema(description = "The recommending organisation")
        OrganisationRef recommender,

        RecommendationTitle title,

        @Schema(nullable = true, description = "The branch, for GRASSROOTS")
        Long branchId,

        @Schema(nullable = true, description = "The local committee, for LOCAL")
        Long candidateOrganisationId,

        @Schema(example = "民进吕梁市委直属第一支部") String candidateName,

        @Schema(nullable = true, description = "The recommendation one level below that this one carries up")
        Long originId,

        @Schema(
                nullable = true,
                description = "The campaign whose published commendation list named the branch; its published"
                        + " results and feedback report are the dossier's evidence")
        Long commendedInCampaignId,

        String dossier,

        @Schema(description = "The candidate's deliverables linked as evidence")
        List<DeliverableRef> evidence,

        RecommendationStatus status,

        @Schema(nullable = true, description = "The reviewer's reasons for returning it")
        String reviewNote,

        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        String submittedBy,
        Instant submittedAt,

        @Schema(nullable = true, description = "The decision's document number, once the top decided")
        String decisionNumber,

        @Schema(nullable = true) LocalDate decisionDate,
        @Schema(description = "Objections to it still open") long openObjections,
        long version) {}
