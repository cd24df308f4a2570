package app.chuangxian.commendation;

import java.util.List;

/**
 * The final results of a campaign as the scoring feature computes them: the one port through which commendation
 * reads them, implemented by the scoring feature. Commendation only reads them, and only once they are final
 * ({@link ResultsGateway}).
 */
public interface ResultsSource {
    /** One row per participating branch, eligible or not, best rank first. */
    List<BranchResult> finalResults(long campaignId);

    /** The assessors' scoresheet comments and the consensus reasons for one branch. */
    List<AssessorRemark> remarks(long campaignId, long branchId);
}
