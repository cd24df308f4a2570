package app.chuangxian.commendation;

import java.math.BigDecimal;

/**
 * A comment on one indicator: an assessor's scoresheet comment or a consensus reason.
 *
 * @param maxScore the indicator's maximum points, so that a score can be judged high or low
 * @param source   {@code SCORESHEET} or {@code CONSENSUS}
 */
public record AssessorRemark(
        String standardCode,
        String indicatorName,
        BigDecimal score,
        BigDecimal maxScore,
        String comment,
        String source) {}
