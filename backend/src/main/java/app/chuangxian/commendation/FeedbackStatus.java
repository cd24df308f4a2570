package app.chuangxian.commendation;

/** Drafted and edited by committee staff, then released to the branch (and read-only from then on). */
public enum FeedbackStatus {
    DRAFT,
    RELEASED
}
