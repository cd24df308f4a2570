package app.chuangxian.commendation;

import java.math.BigDecimal;
import java.util.Map;

/** A branch's final result: score per standard code, total, grade, rank and eligibility for commendation. */
public record BranchResult(long branchId, String branchName, Map<String, BigDecimal> standardScores,
        BigDecimal total, String gradeCode, String gradeName, int rank, boolean eligible, String ineligibleReason) {
}
