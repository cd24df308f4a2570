package app.chuangxian.recommendation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "QuotaRequest",
        description = "The quota (名额) allotted an organisation right below the campaign's, per title, and the last day"
                + " it may recommend")
public record QuotaRequest(
        @NotNull @Min(0) @Max(1000) @Schema(description = "先进基层组织: branches it may recommend", example = "3")
        Integer grassroots,

        @NotNull @Min(0) @Max(1000) @Schema(description = "先进地方组织: local committees it may recommend", example = "1")
        Integer local,

        @NotNull @Schema(description = "The last day it may recommend", example = "2010-03-31")
        LocalDate dueOn,

        @Schema(
                nullable = true,
                description = "The quota's version as read; null when the organisation has no quota yet")
        Long version) {}
