package app.chuangxian.recommendation;

/** Where a level's recommendations stand: collecting and reviewing, under public notice, or closed (decided). */
public enum RoundStatus {
    COLLECTING,
    NOTICE,
    CLOSED
}
