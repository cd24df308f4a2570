package app.chuangxian.commendation;

/** How the shortlist is first drawn: eligible branches at or above a grade, or the top N eligible branches. */
public enum ShortlistBasis {
    GRADE,
    TOP_N,
    CORRECTION
}
