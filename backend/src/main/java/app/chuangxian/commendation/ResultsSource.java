package app.chuangxian.commendation;

import java.util.List;

/**
 * The final results of a campaign as the scoring feature computes them. Commendation only reads them;
 * the adapter onto the scoring feature is wired in when both meet. Without one, commendation answers
 * 409 "results are not available" instead of guessing.
 */
public interface ResultsSource {
    /** One row per participating branch, eligible or not, best rank first. */
    List<BranchResult> finalResults(long campaignId);

    /** The assessors' scoresheet comments and the consensus reasons for one branch. */
    List<AssessorRemark> remarks(long campaignId, long branchId);
}
