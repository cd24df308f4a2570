package app.chuangxian.campaign;

/** How assessors' scoresheets are combined into a branch's score. */
public enum AggregationMethod {
    MEAN,
    MEDIAN,
    TRIMMED_MEAN
}
