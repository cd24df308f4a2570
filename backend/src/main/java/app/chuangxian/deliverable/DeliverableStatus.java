package app.chuangxian.deliverable;

/** DRAFT → SUBMITTED → ACCEPTED, or → RETURNED → (edited) → SUBMITTED again. */
public enum DeliverableStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
