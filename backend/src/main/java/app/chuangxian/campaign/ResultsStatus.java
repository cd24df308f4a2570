package app.chuangxian.campaign;

/** Scoring is open, then finalised (no more score writes), then published to every role. */
public enum ResultsStatus {
    OPEN,
    FINALISED,
    PUBLISHED
}
