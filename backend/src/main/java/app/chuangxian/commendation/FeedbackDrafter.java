package app.chuangxian.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drafting rule: a remark whose score is at least 80% of its indicator's maximum is a strength; every other
 * remark (a lower score, or no score) is an area for improvement. Blank comments are skipped, repeated ones kept
 * once, each line reads "indicator：comment".
 */
final class FeedbackDrafter {
    static final BigDecimal HIGH_SHARE = new BigDecimal("0.80");

    private FeedbackDrafter() {}

    record Draft(String strengths, String improvements) {}

    static Draft draft(String standardCode, List<AssessorRemark> remarks) {
        Set<String> strengths = new LinkedHashSet<>();
        Set<String> improvements = new LinkedHashSet<>();
        for (AssessorRemark r : remarks) {
            if (!standardCode.equals(r.standardCode())
                    || r.comment() == null
                    || r.comment().isBlank()) {
                continue;
            }
            String line = (r.indicatorName() == null ? "" : r.indicatorName().trim() + "：")
                    + r.comment().trim();
            (isHigh(r) ? strengths : improvements).add(line);
        }
        return new Draft(joined(strengths), joined(improvements));
    }

    private static String joined(Set<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static boolean isHigh(AssessorRemark r) {
        if (r.score() == null || r.maxScore() == null || r.maxScore().signum() <= 0) {
            return false;
        }
        return r.score().divide(r.maxScore(), 4, RoundingMode.HALF_UP).compareTo(HIGH_SHARE) >= 0;
    }
}
