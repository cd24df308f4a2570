package app.chuangxian.campaign;

import app.chuangxian.organisation.OrganisationRef;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Adoption",
        description = "A child organisation of the campaign's organisation and the plan it adopted the campaign"
                + " with; the plan's fields are null while the child has not adopted it")
public record AdoptionView(
        OrganisationRef organisation,

        @Schema(description = "True when the child has adopted the campaign")
        boolean adopted,

        @Schema(nullable = true, description = "The child's campaign (its plan)")
        Long campaignId,

        @Schema(nullable = true) String title,
        @Schema(nullable = true, example = "进晋字【2009】17号") String documentNumber,
        @Schema(nullable = true) CampaignStatus status,

        @Schema(nullable = true, description = "The first day of the plan's first phase")
        LocalDate startsOn,

        @Schema(nullable = true, description = "The last day of the plan's last phase")
        LocalDate endsOn,

        @Schema(nullable = true, description = "When the child adopted the campaign")
        Instant adoptedAt) {}
