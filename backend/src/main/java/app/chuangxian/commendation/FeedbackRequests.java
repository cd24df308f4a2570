package app.chuangxian.commendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a committee writes into a feedback report. */
public final class FeedbackRequests {
    private FeedbackRequests() {}

    @Schema(name = "FeedbackReportUpdate", description = "Sections not named stay as they are")
    public record Update(
            @NotNull Long version,
            @Size(max = 10000) String summary,
            @NotNull List<@Valid SectionEdit> sections) {}

    @Schema(name = "FeedbackSectionEdit")
    public record SectionEdit(
            @NotBlank @Size(max = 32) String standardCode,
            @Size(max = 10000) String strengths,
            @Size(max = 10000) String improvements) {}
}
