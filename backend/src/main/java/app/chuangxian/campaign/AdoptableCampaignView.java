package app.chuangxian.campaign;

import app.chuangxian.organisation.OrganisationRef;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdoptableCampaign",
        description = "A launched campaign of the organisation right above the caller's, which the caller's"
                + " organisation may adopt as its own plan")
public record AdoptableCampaignView(
        @Schema(example = "1") long id,
        @Schema(example = "民进山西省争创先进基层组织活动实施方案") String title,
        @Schema(example = "2009") int year,
        @Schema(nullable = true, example = "进晋字【2009】17号") String documentNumber,
        @Schema(nullable = true) String basisDocuments,

        @Schema(description = "The organisation that launched it")
        OrganisationRef organisation,

        @Schema(nullable = true, description = "The first day of its first phase")
        LocalDate startsOn,

        @Schema(nullable = true, description = "The last day of its last phase")
        LocalDate endsOn,

        @Schema(
                nullable = true,
                description = "The caller's organisation's plan when it has adopted the campaign already")
        Long adoptedCampaignId) {}
