package app.chuangxian.assessment;

import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.assessment.consensus.ConsensusResult;
import app.chuangxian.assessment.scoresheet.Scoresheet;
import app.chuangxian.assessment.selfassessment.SelfAssessment;
import app.chuangxian.campaign.BranchRecords;
import app.chuangxian.campaign.ScoringProgress;
import jakarta.enterprise.context.ApplicationScoped;

/** What scoring tells other features: whether scoring has started, and whether a branch has scores. */
@ApplicationScoped
public class ScoringDataProbe implements ScoringProgress, BranchRecords {
    @Override
    public boolean scoringStarted(long campaignId) {
        return Scoresheet.count("campaignId", campaignId) > 0 || SelfAssessment.count("campaignId", campaignId) > 0;
    }

    @Override
    public boolean branchHasData(long branchId) {
        return Scoresheet.count("branchId", branchId) > 0
                || SelfAssessment.count("branchId", branchId) > 0
                || AssessorAssignment.count("branchId", branchId) > 0
                || ConsensusResult.count("branchId", branchId) > 0;
    }
}
