package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RecommendationNoticeRequest",
        description = "Opens the public notice (公示) of the recommendations the campaign's organisation accepted")
public record RecommendationNoticeRequest(
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 10000) String text) {}
