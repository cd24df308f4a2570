package app.chuangxian.recommendation;

import app.chuangxian.organisation.OrganisationRef;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Quota",
        description = "An organisation right below the campaign's, its quota per title (null while none is allotted)"
                + " and how much of it its recommendations use")
public record QuotaView(
        OrganisationRef organisation,
        @Schema(nullable = true, example = "3") Integer grassroots,
        @Schema(nullable = true, example = "1") Integer local,

        @Schema(nullable = true, description = "The last day it may recommend")
        LocalDate dueOn,

        @Schema(nullable = true, description = "The quota's version, for the next change")
        Long version,

        @Schema(description = "Branches it recommended (returned ones count, rejected ones do not)")
        long grassrootsUsed,

        @Schema(description = "Local committees it recommended")
        long localUsed,

        @Schema(description = "Of its recommendations, how many this level accepted")
        long accepted) {}
