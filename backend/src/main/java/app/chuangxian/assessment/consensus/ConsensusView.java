package app.chuangxian.assessment.consensus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consensus", description = "The consensus result recorded for a branch")
public record ConsensusView(
        long id,
        long campaignId,
        long branchId,
        String reason,
        String participants,
        @Schema(nullable = true) Long siteVisitId,
        List<ConsensusRequest.StandardPoints> standards,
        @Schema(example = "86.5") BigDecimal total,
        String recordedBy,
        long version,
        Instant updatedAt) {

    static ConsensusView of(ConsensusResult c) {
        return new ConsensusView(
                c.id,
                c.campaignId,
                c.branchId,
                c.reason,
                c.participants,
                c.siteVisitId,
                c.scores.stream()
                        .map(s -> new ConsensusRequest.StandardPoints(s.standardId, s.points))
                        .toList(),
                c.scores.stream()
                        .map(s -> s.points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(1),
                c.recordedBy,
                c.version,
                c.updatedAt);
    }
}
