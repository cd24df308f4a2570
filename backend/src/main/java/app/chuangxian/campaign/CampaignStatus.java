package app.chuangxian.campaign;

/** Draft while being configured, active while running, closed (read-only) when over. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
