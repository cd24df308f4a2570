package app.chuangxian.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationRound",
        description = "A campaign's recommendations at a glance: those it received and where they stand, its notice"
                + " (and, at the top, the decision), and the quota it was allotted by the campaign above")
public record RecommendationRoundView(
        long campaignId,

        @Schema(description = "True for the top of the chain: closing its notice is the decision")
        boolean top,

        RoundStatus status,
        @Schema(nullable = true) LocalDate noticeStartsOn,
        @Schema(nullable = true) LocalDate noticeEndsOn,
        @Schema(nullable = true) String noticeText,

        @Schema(nullable = true, description = "The notice's version, for closing it")
        Long noticeVersion,

        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true, example = "民进中央〔2010〕12号") String decisionNumber,
        @Schema(nullable = true) LocalDate decisionDate,
        @Schema(description = "Received, awaiting review") long submitted,

        @Schema(description = "Received and returned for a fix")
        long returned,

        @Schema(description = "Received and accepted") long accepted,

        @Schema(description = "Taken off by an upheld objection")
        long rejected,

        @Schema(description = "Received and commended by the decision")
        long commended,

        @Schema(description = "Received and not commended by the decision")
        long notCommended,

        @Schema(nullable = true, description = "The campaign above, which this one recommends into")
        Long parentCampaignId,

        @Schema(nullable = true, description = "The quota allotted from above: branches")
        Integer quotaGrassroots,

        @Schema(nullable = true, description = "The quota allotted from above: local committees")
        Integer quotaLocal,

        @Schema(nullable = true, description = "The last day to recommend up")
        LocalDate dueOn,

        @Schema(description = "Branches recommended up (rejected ones not counted)")
        long sentGrassroots,

        @Schema(description = "Local committees recommended up")
        long sentLocal) {}
