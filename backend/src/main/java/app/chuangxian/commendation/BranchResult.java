package app.chuangxian.commendation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A branch's final result: score per standard code, total, grade, rank and eligibility for commendation.
 * {@code position} is the branch's place in the ranking (1, 2, 3… with ties broken as the ranking breaks them);
 * every list, sheet and document that shows results in order sorts by it, so all of them read the same.
 */
public record BranchResult(
        long branchId,
        String branchName,
        Map<String, BigDecimal> standardScores,
        BigDecimal total,
        String gradeCode,
        String gradeName,
        int rank,
        int position,
        boolean eligible,
        String ineligibleReason) {}
