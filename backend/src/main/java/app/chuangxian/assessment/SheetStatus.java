package app.chuangxian.assessment;

/** A scoresheet or self-assessment is a draft until submitted; submitted ones are read-only. */
public enum SheetStatus {
    DRAFT,
    SUBMITTED
}
