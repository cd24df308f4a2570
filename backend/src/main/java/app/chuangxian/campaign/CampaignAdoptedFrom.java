package app.chuangxian.campaign;

import app.chuangxian.organisation.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdoptedFrom", description = "The campaign a plan adopts, as the adopting organisation sees it")
public record CampaignAdoptedFrom(
        @Schema(example = "1") long id,
        String title,
        @Schema(nullable = true) String documentNumber,
        OrganisationRef organisation) {}
