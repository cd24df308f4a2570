package app.chuangxian.assessment.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The agreed score of one standard. */
@Embeddable
public class ConsensusScore {
    @Column(name = "standard_id", nullable = false)
    public Long standardId;

    @Column(nullable = false, precision = 6, scale = 1)
    public BigDecimal points;

    public ConsensusScore() {}

    public ConsensusScore(Long standardId, BigDecimal points) {
        this.standardId = standardId;
        this.points = points;
    }
}
