package app.chuangxian.branch;

/**
 * Told when a branch moves to another organisation, in the same transaction. The register knows no account: the
 * account feature provides the bean and moves the branch's accounts along (their earlier tokens end).
 */
public interface BranchMoves {
    void moved(long branchId, long organisationId);
}
