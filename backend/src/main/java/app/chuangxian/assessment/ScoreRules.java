package app.chuangxian.assessment;

import app.chuangxian.campaign.Indicator;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every score obeys: a known indicator, 0..its points, steps of 0.5, and a comment when low. */
public final class ScoreRules {
    static final BigDecimal COMMENT_BELOW_SHARE = new BigDecimal("0.6");

    private ScoreRules() {}

    /**
     * Checks the lines against the campaign's indicators; 400 with one field error per offending line.
     *
     * @param commentRequiredWhenLow whether a score below 60 % of the indicator's points needs a comment
     * @param complete whether every indicator must be scored (on submit)
     */
    public static void check(
            List<ScoreInput> lines,
            Map<Long, Indicator> indicators,
            String commentField,
            boolean commentRequiredWhenLow,
            boolean complete) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ScoreInput line = lines.get(i);
            String path = "scores[" + i + "]";
            if (line == null) {
                errors.add(new Problem.FieldError(path, "must not be null"));
                continue;
            }
            Indicator indicator = indicators.get(line.indicatorId());
            if (indicator == null) {
                errors.add(new Problem.FieldError(path + ".indicatorId", "is not an indicator of this campaign"));
                continue;
            }
            if (!seen.add(line.indicatorId())) {
                errors.add(new Problem.FieldError(
                        path + ".indicatorId", "indicator " + indicator.code + " is scored twice"));
                continue;
            }
            BigDecimal points = line.points();
            if (points.signum() < 0 || points.compareTo(indicator.maxPoints) > 0) {
                errors.add(Problem.FieldError.of(
                        path + ".points",
                        "must be between 0 and "
                                + indicator.maxPoints.stripTrailingZeros().toPlainString() + " for indicator "
                                + indicator.code,
                        Reasons.BETWEEN,
                        Map.of("min", 0, "max", indicator.maxPoints.stripTrailingZeros())));
            } else if (!isHalfStep(points)) {
                errors.add(
                        Problem.FieldError.of(path + ".points", "must be a multiple of 0.5", Reasons.HALF_STEP, null));
            } else if (commentRequiredWhenLow
                    && isLow(points, indicator.maxPoints)
                    && (line.comment() == null || line.comment().isBlank())) {
                errors.add(Problem.FieldError.of(
                        path + "." + commentField,
                        "is required when indicator " + indicator.code + " is scored below 60 % of its points",
                        Reasons.COMMENT_WHEN_LOW,
                        Map.of("indicator", indicator.code)));
            }
        }
        if (complete && errors.isEmpty() && seen.size() < indicators.size()) {
            List<String> missing = indicators.values().stream()
                    .filter(ind -> !seen.contains(ind.id))
                    .map(ind -> ind.code)
                    .toList();
            errors.add(Problem.FieldError.of(
                    "scores",
                    "every indicator must be scored before submitting; missing: " + String.join(", ", missing),
                    Reasons.UNSCORED,
                    Map.of("missing", String.join(", ", missing))));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    public static boolean isHalfStep(BigDecimal points) {
        return points.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    static boolean isLow(BigDecimal points, BigDecimal max) {
        return points.compareTo(max.multiply(COMMENT_BELOW_SHARE)) < 0;
    }

    public static List<ScoreLine> toLines(List<ScoreInput> inputs) {
        return new ArrayList<>(inputs.stream()
                .map(in -> new ScoreLine(
                        in.indicatorId(),
                        in.points().setScale(1),
                        in.comment() == null || in.comment().isBlank()
                                ? null
                                : in.comment().trim()))
                .toList());
    }

    public static BigDecimal total(List<ScoreLine> lines) {
        return lines.stream()
                .map(l -> l.points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(1);
    }
}
