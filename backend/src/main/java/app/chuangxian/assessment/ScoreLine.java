package app.chuangxian.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One indicator's points with the words behind them (an assessor's comment or a branch's justification). */
@Embeddable
public class ScoreLine {
    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    @Column(nullable = false, precision = 6, scale = 1)
    public BigDecimal points;

    @Column(name = "comment", length = 1000)
    public String comment;

    public ScoreLine() {}

    public ScoreLine(Long indicatorId, BigDecimal points, String comment) {
        this.indicatorId = indicatorId;
        this.points = points;
        this.comment = comment;
    }
}
