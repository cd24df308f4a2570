package app.chuangxian.recommendation;

/** A level's notice of its accepted recommendations: running (NOTICE), then CLOSED (at the top: decided). */
public enum NoticeStatus {
    NOTICE,
    CLOSED
}
