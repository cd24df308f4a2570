package app.chuangxian.assessment;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;

/** Every scoring action is attributed to an account: a token issued to an API client cannot score. */
public final class SignedIn {
    private SignedIn() {}

    /** The signed-in account's id, or 403 ACCOUNT_REQUIRED. */
    public static long accountId(CurrentUser user) {
        return user.accountId()
                .orElseThrow(() ->
                        ApiException.forbidden("ACCOUNT_REQUIRED", "This action needs a token issued to an account"));
    }
}
