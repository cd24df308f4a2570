package app.chuangxian.account;

/** The filters of the account list; null means "any". */
public record AccountFilter(String q, String role, Long branchId, Boolean enabled) {}
