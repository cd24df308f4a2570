package app.chuangxian.campaign;

/**
 * Asked before a branch leaves a running campaign or is deleted; answered by each feature that keeps records of a
 * branch (deliverables and visits, scores). The campaign feature asks every one of them.
 */
public interface BranchRecords {
    /** True when this feature holds any record of the branch: it can then never be hard-deleted. */
    boolean branchHasData(long branchId);
}
