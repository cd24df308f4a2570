package app.chuangxian.account;

import java.util.List;

/**
 * The filters of the account list; null means "any". {@code organisationId} asks for one organisation's subtree,
 * {@code organisations} is what the service makes of it: the ids the caller may list, or null for all.
 */
public record AccountFilter(
        String q, String role, Long branchId, Boolean enabled, Long organisationId, List<Long> organisations) {
    AccountFilter within(List<Long> ids) {
        return new AccountFilter(q, role, branchId, enabled, organisationId, ids);
    }
}
