package app.chuangxian.recommendation;

/**
 * Where a recommendation stands at the level it was sent to: SUBMITTED (awaiting review) → ACCEPTED or RETURNED
 * (for a fix, then SUBMITTED again); an objection upheld during the notice makes it REJECTED; the decision at the top
 * makes every row of the chain COMMENDED or NOT_COMMENDED.
 */
public enum RecommendationStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    REJECTED,
    COMMENDED,
    NOT_COMMENDED;

    /** True once the top has decided. */
    public boolean decided() {
        return this == COMMENDED || this == NOT_COMMENDED;
    }
}
