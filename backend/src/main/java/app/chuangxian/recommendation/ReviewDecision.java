package app.chuangxian.recommendation;

/** A level's review of a recommendation it received: accept it, or return it for a fix with reasons. */
public enum ReviewDecision {
    ACCEPT,
    RETURN
}
