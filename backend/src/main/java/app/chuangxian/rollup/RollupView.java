package app.chuangxian.rollup;

import app.chuangxian.organisation.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RollupRow",
        description = "What an organisation and everything below it hold and have done, counted from the records")
public record RollupView(
        OrganisationRef organisation,

        @Schema(description = "Branches, archived ones included", example = "120")
        long branches,

        @Schema(description = "Branches that are active", example = "118")
        long activeBranches,

        @Schema(description = "Campaigns run (of the year asked for)", example = "3")
        long campaigns,

        @Schema(
                description = "Of those, plans adopting a campaign of the organisation above (ADR 016): a child that"
                        + " adopted its parent's campaign counts 1 here",
                example = "2")
        long plans,

        @Schema(description = "Of those, under way", example = "1")
        long campaignsUnderWay,

        @Schema(description = "Of those, with published results", example = "1")
        long resultsPublished,

        @Schema(description = "Branches taking part, counted once per campaign", example = "118")
        long participations,

        @Schema(description = "Deliverables handed in and waiting for review", example = "12")
        long deliverablesSubmitted,

        @Schema(description = "Deliverables accepted", example = "240")
        long deliverablesAccepted,

        @Schema(description = "Deliverables returned for a fix", example = "3")
        long deliverablesReturned,

        @Schema(
                description = "Places (名额) the organisation itself was allotted by the campaigns above, both titles"
                        + " (ADR 018)",
                example = "3")
        long quota,

        @Schema(
                description = "Candidates the organisation itself recommended up into those campaigns (rejected ones"
                        + " not counted)",
                example = "2")
        long recommended) {}
