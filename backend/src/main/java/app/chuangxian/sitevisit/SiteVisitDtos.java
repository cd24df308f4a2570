package app.chuangxian.sitevisit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send and read about site visits. */
public final class SiteVisitDtos {
    private SiteVisitDtos() {}

    @Schema(name = "SiteVisitRequest", description = "A site visit to record or change")
    public record Request(
            @NotNull @Schema(example = "5") Long branchId,
            @NotNull @Schema(example = "2009-12-08") LocalDate visitedOn,

            @NotBlank @Size(max = 500) @Schema(example = "组织部 王主任、李干事")
            String visitors,

            @NotBlank @Size(max = 20000) @Schema(description = "What they found")
            String findings,

            @Size(max = 20000) @Schema(description = "What the branch or the committee will do next")
            String followUps,

            @Schema(description = "The version you read; required on update", example = "0")
            Long version) {}

    @Schema(name = "SiteVisit", description = "An on-site visit (实地调研)")
    public record View(
            long id,
            long campaignId,
            long branchId,
            String branchName,
            LocalDate visitedOn,
            String visitors,
            String findings,
            String followUps,
            String recordedBy,
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
