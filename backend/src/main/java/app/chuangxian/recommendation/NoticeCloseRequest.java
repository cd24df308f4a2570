package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationNoticeCloseRequest",
        description = "Closes the notice after its last day. At the top of the chain this is the decision: its document"
                + " number (文号) and date are required there")
public record NoticeCloseRequest(
        @Size(max = 100) @Schema(nullable = true, example = "民进中央〔2010〕12号")
        String decisionNumber,

        @Schema(nullable = true) LocalDate decisionDate,
        @NotNull Long version) {}
