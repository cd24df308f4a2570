package app.chuangxian.account;

import app.chuangxian.branch.BranchMoves;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Moves a branch's accounts with the branch. */
@ApplicationScoped
public class AccountBranchMoves implements BranchMoves {
    @Inject
    AccountService accounts;

    @Override
    public void moved(long branchId, long organisationId) {
        accounts.branchMoved(branchId, organisationId);
    }
}
