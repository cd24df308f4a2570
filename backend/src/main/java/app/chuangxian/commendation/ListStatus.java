package app.chuangxian.commendation;

/** DRAFT (shortlist being adjusted) → NOTICE (公示) → APPROVED (resolution recorded) → PUBLISHED (immutable). */
public enum ListStatus {
    DRAFT,
    NOTICE,
    APPROVED,
    PUBLISHED
}
