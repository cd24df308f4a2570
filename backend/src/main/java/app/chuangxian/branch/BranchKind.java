package app.chuangxian.branch;

/** The three kinds of grassroots organisation. */
public enum BranchKind {
    /** 支部 */
    BRANCH,
    /** 总支 */
    GENERAL_BRANCH,
    /** 基层委员会 */
    GRASSROOTS_COMMITTEE
}
