package app.chuangxian.branch;

/** An archived branch keeps all its history but takes part in no new campaign. */
public enum BranchStatus {
    ACTIVE,
    ARCHIVED
}
