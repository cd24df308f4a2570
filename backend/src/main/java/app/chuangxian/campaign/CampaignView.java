package app.chuangxian.campaign;

import app.chuangxian.organisation.OrganisationRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Campaign", description = "A campaign (创建活动)")
public record CampaignView(
        @Schema(example = "1") long id,
        @Schema(example = "争创民进全国先进基层组织活动") String title,
        @Schema(example = "2009") int year,
        @Schema(nullable = true) String basisDocuments,
        @Schema(nullable = true) String guidingIdeology,
        @Schema(nullable = true) String goals,
        CampaignStatus status,

        @Schema(nullable = true, description = "The campaign this one was created from")
        Long templateId,

        @Schema(
                nullable = true,
                description = "The parent organisation's campaign this one adopts as its implementation plan")
        CampaignAdoptedFrom adoptedFrom,

        @Schema(
                nullable = true,
                description = "The plan's document number (文号) when it adopts a campaign",
                example = "进晋字【2009】17号")
        String documentNumber,

        AggregationMethod aggregationMethod,
        @Schema(example = "10.0") BigDecimal disagreementThreshold,

        @Schema(description = "Working days a public notice (公示) runs at least", example = "5")
        int noticeMinWorkingDays,

        @Schema(description = "Days before each deadline on which owing branches are reminded, most distant first")
        List<Integer> reminderDays,

        ResultsStatus resultsStatus,

        @Schema(description = "The organisation that runs it")
        OrganisationRef organisation,

        @Schema(
                nullable = true,
                description = "Set while a campaign that already happened is entered: submissions are"
                        + " dated this day, not today")
        LocalDate recordedAsOf,

        @Schema(nullable = true, description = "The phase whose dates contain today, if any")
        Long currentPhaseId,

        @Schema(description = "Number of participating branches", example = "13")
        long participantCount,

        @Schema(
                description = "Organisations right below that adopted this campaign as their plan; while any has,"
                        + " its standards stay as they are (ADR 016)",
                example = "0")
        long adoptions,

        @Schema(description = "Optimistic-lock version; send it back on update", example = "0")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    static CampaignView of(
            Campaign c,
            Long currentPhaseId,
            long participantCount,
            long adoptions,
            OrganisationRef organisation,
            CampaignAdoptedFrom adoptedFrom) {
        return new CampaignView(
                c.id,
                c.title,
                c.year,
                c.basisDocuments,
                c.guidingIdeology,
                c.goals,
                c.status,
                c.templateId,
                adoptedFrom,
                c.documentNumber,
                c.aggregationMethod,
                c.disagreementThreshold,
                c.noticeMinWorkingDays,
                c.reminderDayList(),
                c.resultsStatus,
                organisation,
                c.recordedAsOf,
                currentPhaseId,
                participantCount,
                adoptions,
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
