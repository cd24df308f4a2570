package app.chuangxian.recommendation;

/** The titles a campaign leads to: 先进基层组织 for a branch, 先进地方组织 for a city or county committee. */
public enum RecommendationTitle {
    GRASSROOTS,
    LOCAL
}
