package app.chuangxian.campaign;

/**
 * Where a campaign stands, from its status and its results: DRAFT → ACTIVE → (results FINALISED → PUBLISHED) → CLOSED.
 * Every write into a campaign is allowed or refused by this state alone ({@link CampaignWrite}).
 */
public enum CampaignState {
    DRAFT("草稿", "a draft", "CAMPAIGN_NOT_ACTIVE", "活动尚未启动", "the campaign has not started"),
    ACTIVE("进行中", "active", "RESULTS_NOT_FINALISED", "结果尚未定稿", "the results are not finalised yet"),
    FINALISED(
            "结果已定稿",
            "finalised",
            "RESULTS_FINALISED",
            "结果已定稿",
            "the results are finalised (reopen them with a reason to correct something)"),
    PUBLISHED(
            "结果已公布",
            "published",
            "RESULTS_FINALISED",
            "结果已公布",
            "the results are published (reopen them with a reason to correct something)"),
    CLOSED("已结束", "closed", "CAMPAIGN_CLOSED", "活动已结束，只能查阅", "the campaign is closed and read-only");

    public final String zh;
    public final String en;
    /** The problem code of a write this state refuses. */
    public final String refusalCode;

    final String whyZh;
    final String whyEn;

    CampaignState(String zh, String en, String refusalCode, String whyZh, String whyEn) {
        this.zh = zh;
        this.en = en;
        this.refusalCode = refusalCode;
        this.whyZh = whyZh;
        this.whyEn = whyEn;
    }

    public static CampaignState of(Campaign campaign) {
        return switch (campaign.status) {
            case DRAFT -> DRAFT;
            case CLOSED -> CLOSED;
            case ACTIVE ->
                switch (campaign.resultsStatus) {
                    case OPEN -> ACTIVE;
                    case FINALISED -> FINALISED;
                    case PUBLISHED -> PUBLISHED;
                };
        };
    }

    /** True once the results are fixed: finalised, published, or the campaign closed. */
    public boolean resultsFixed() {
        return this == FINALISED || this == PUBLISHED || this == CLOSED;
    }
}
