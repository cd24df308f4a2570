package app.chuangxian.branch;

/**
 * Whether a branch has a history a hard delete would destroy. The branch register knows no campaign: the campaign
 * feature provides the bean (participations, leading groups and the data other features keep on the branch), and the
 * register asks every bean before deleting.
 */
public interface BranchHistory {
    /** True when the branch takes or took part in a campaign or has any campaign data. */
    boolean hasCampaignData(long branchId);
}
