package app.chuangxian.campaign;

/** Asked by the campaign feature before its standards change; answered by the scoring feature. */
public interface ScoringProgress {
    /** True once any score (self-assessment or scoresheet) exists for the campaign: its standards are then fixed. */
    boolean scoringStarted(long campaignId);
}
