package app.chuangxian.commendation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What committee staff send to build, adjust, announce, approve and publish a commendation list. */
public final class ListRequests {
    private ListRequests() {}

    @Schema(
            name = "ShortlistRequest",
            description =
                    "GRADE: every eligible branch at or above minGradeCode; TOP_N: the N best "
                            + "eligible branches (ties at the cut-off included); CORRECTION: a new decision starting from the published list correctsId")
    public record Shortlist(
            @NotNull ShortlistBasis basis,
            @Size(max = 32) @Schema(example = "EXCELLENT") String minGradeCode,
            @Min(1) @Max(1000) Integer topN,
            Long correctsId) {}

    @Schema(name = "ShortlistAdjustmentRequest", description = "Add or remove one branch by hand, with the reason")
    public record Adjust(
            @NotNull Long branchId,
            @NotBlank @Size(max = 1000) String reason,
            @NotNull Long version) {}

    @Schema(
            name = "NoticeRequest",
            description = "The public notice period (公示期), both days included, and its announcement")
    public record Notice(
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = 10000) String text,
            @NotNull Long version) {}

    @Schema(
            name = "ObjectionRequest",
            description = "An objection received during the notice; leave raisedBy empty for an anonymous one")
    public record NewObjection(
            @NotNull Long branchId,
            @Size(max = 100) String raisedBy,
            @NotBlank @Size(max = 10000) String content) {}

    @Schema(name = "ObjectionResolutionRequest", description = "How the objection was handled and its outcome")
    public record Resolve(
            @NotBlank @Size(max = 10000) String handling,
            @NotBlank @Size(max = 10000) String outcome,
            @NotNull Long version) {}

    @Schema(name = "ApprovalRequest", description = "The resolution approving the list")
    public record Approve(
            @NotBlank @Size(max = 100) @Schema(example = "民进吕梁市委〔2010〕3号")
            String resolutionNumber,

            @NotNull LocalDate resolutionDate,
            @NotNull Long version) {}
}
