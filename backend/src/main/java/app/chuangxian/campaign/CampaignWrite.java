package app.chuangxian.campaign;

import app.chuangxian.common.error.ApiException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of write into a campaign and the states that allow it: the one table of the campaign's state machine
 * (docs/campaign-states.md prints it per operation). {@link CampaignStateGuard} applies it to every guarded operation.
 */
public enum CampaignWrite {
    SETTINGS(
            "修改活动设置",
            "change the campaign's settings",
            CampaignState.DRAFT,
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    ACTIVATE("启动活动", "start the campaign", CampaignState.DRAFT),
    CLOSE("结束活动", "close the campaign", CampaignState.ACTIVE, CampaignState.FINALISED, CampaignState.PUBLISHED),
    DELETE("删除活动", "delete the campaign", CampaignState.DRAFT),
    RECORDED_HISTORY(
            "设置补录日期",
            "set the date a past campaign is entered as of",
            CampaignState.DRAFT,
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    PHASES(
            "修改阶段",
            "change the phases",
            CampaignState.DRAFT,
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    DELIVERABLE_TYPES(
            "修改材料类型",
            "change the deliverable types",
            CampaignState.DRAFT,
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    LEADING_GROUP(
            "修改领导组",
            "change a leading group",
            CampaignState.DRAFT,
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    PARTICIPANTS("增减参加的基层组织", "add or remove participating branches", CampaignState.DRAFT, CampaignState.ACTIVE),
    SCORING_RULES("修改考核标准、细则或等次", "change standards, indicators or grades", CampaignState.DRAFT, CampaignState.ACTIVE),
    DELIVERABLES(
            "报送或审核材料",
            "hand in or review deliverables",
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED),
    SITE_VISITS("记录实地调研", "record site visits", CampaignState.ACTIVE, CampaignState.FINALISED, CampaignState.PUBLISHED),
    ASSIGNMENTS("分配考核人员", "assign assessors", CampaignState.ACTIVE),
    SCORESHEETS("评分", "score branches", CampaignState.ACTIVE),
    SELF_ASSESSMENTS("自评", "self-assess", CampaignState.ACTIVE),
    CONSENSUS("合议定分", "record a consensus", CampaignState.ACTIVE),
    FINALISE("结果定稿", "finalise the results", CampaignState.ACTIVE),
    PUBLISH("公布结果", "publish the results", CampaignState.FINALISED),
    REOPEN_RESULTS("重新开放结果", "reopen the results", CampaignState.FINALISED, CampaignState.PUBLISHED),
    COMMENDATION("办理表彰名单", "work on the commendation list", CampaignState.FINALISED, CampaignState.PUBLISHED),
    FEEDBACK("办理反馈报告", "work on feedback reports", CampaignState.FINALISED, CampaignState.PUBLISHED),
    RECOMMENDATIONS(
            "办理推荐上报",
            "allot quotas, recommend, review or announce recommendations",
            CampaignState.ACTIVE,
            CampaignState.FINALISED,
            CampaignState.PUBLISHED);

    public final String zh;
    public final String en;
    private final Set<CampaignState> allowed;

    CampaignWrite(String zh, String en, CampaignState first, CampaignState... rest) {
        this.zh = zh;
        this.en = en;
        this.allowed = EnumSet.of(first, rest);
    }

    public boolean allowedIn(CampaignState state) {
        return allowed.contains(state);
    }

    /** Refuses this write with a 409 problem that says, in words, why the campaign's state does not allow it. */
    public void require(Campaign campaign) {
        CampaignState state = CampaignState.of(campaign);
        if (!allowedIn(state)) {
            throw refusal(state, zh, en);
        }
    }

    /** The problem of a write the state refuses, for checks finer than one operation (a single setting). */
    public static ApiException refusal(CampaignState state, String whatZh, String whatEn) {
        return ApiException.conflict(
                state.refusalCode,
                state.whyZh + "，不能" + whatZh + "。" + capitalised(state.whyEn) + ": cannot " + whatEn + ".");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
