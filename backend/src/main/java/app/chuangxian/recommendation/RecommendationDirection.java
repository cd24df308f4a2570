package app.chuangxian.recommendation;

/** Which recommendations of a campaign: those it RECEIVED from the level below, or those it SENT up. */
public enum RecommendationDirection {
    RECEIVED,
    SENT
}
