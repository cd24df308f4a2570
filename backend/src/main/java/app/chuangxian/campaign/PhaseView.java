package app.chuangxian.campaign;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phase", description = "A dated phase of a campaign (活动步骤)")
public record PhaseView(
        long id,
        long campaignId,
        @Schema(example = "1") int seq,
        @Schema(example = "MOBILISATION") String code,
        @Schema(example = "宣传动员") String name,
        @Schema(nullable = true) String description,
        LocalDate startsOn,
        LocalDate endsOn,

        @Schema(description = "True when today lies within the phase")
        boolean current,

        @Schema(example = "0") long version) {

    static PhaseView of(Phase p, LocalDate today) {
        return new PhaseView(
                p.id,
                p.campaignId,
                p.seq,
                p.code,
                p.name,
                p.description,
                p.startsOn,
                p.endsOn,
                p.contains(today),
                p.version);
    }
}
