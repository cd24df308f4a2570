package app.chuangxian.assessment.scoresheet;

import app.chuangxian.assessment.ScoreInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ScoresheetRequest",
        description = "Start a scoresheet for an assigned branch (`branchId`), or save a draft"
                + " (`version` required, `branchId` ignored). Scores may be partial in a draft.")
public record ScoresheetRequest(
        @Schema(example = "3") Long branchId,
        @NotNull @Size(max = 500) List<@NotNull @Valid ScoreInput> scores,

        @Schema(description = "Required when saving a draft: the version you read")
        Long version) {}
