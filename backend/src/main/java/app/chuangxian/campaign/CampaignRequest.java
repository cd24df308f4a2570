package app.chuangxian.campaign;

import app.chuangxian.common.error.CompleteReplacement;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@CompleteReplacement.Whole
@Schema(
        name = "CampaignRequest",
        description =
                "The editable fields of a campaign. An update (PUT) sends every field,"
                        + " `null` to clear one; a field left out is 400, so that nothing is erased by mistake. On update, `version` is required.")
public record CampaignRequest(
        @NotBlank @Size(max = 200) @Schema(example = "争创民进全国先进基层组织活动")
        String title,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2009")
        Integer year,

        @Size(max = 20000) @Schema(description = "依据文件", example = "《意见》；进晋字【2009】17号")
        String basisDocuments,

        @Size(max = 20000) @Schema(description = "指导思想") String guidingIdeology,
        @Size(max = 20000) @Schema(description = "目标要求") String goals,

        @Schema(description = "How scoresheets are combined; MEAN when absent")
        AggregationMethod aggregationMethod,

        @DecimalMin("0.0")
        @DecimalMax("100.0")
        @Digits(integer = 3, fraction = 1)
        @Schema(description = "Spread of scores that flags a branch for consensus; 10.0 when absent", example = "10.0")
        BigDecimal disagreementThreshold,

        @Min(1)
        @Max(30)
        @Schema(
                description = "Working days (Monday to Friday) a public notice (公示) runs at least; 5 when" + " absent",
                example = "5")
        Integer noticeMinWorkingDays,

        @Size(max = 5)
        @Schema(
                nullable = true,
                description = "Days before each deadline on which branches that still owe required deliverables are"
                        + " reminded (提醒), each 1 to 60; [7, 3, 1] for a new campaign when absent, unchanged on update"
                        + " when null; [] for none (the overdue notice the day after a missed deadline still goes out)",
                example = "[7, 3, 1]")
        List<@NotNull @Min(1) @Max(60) Integer> reminderDays,

        @Schema(description = "Required on update: the version you read")
        Long version) {}
