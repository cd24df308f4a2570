package app.chuangxian.notification;

import java.util.EnumMap;
import java.util.Map;

/**
 * The wording the API ships with, per kind and language: what a message says outside the app until staff reword it.
 * Placeholders are the kind's params in braces, plus {@code {name}} (the recipient) and {@code {link}} (the app).
 */
final class DefaultTemplates {
    /** Subject and body of one kind in one language. */
    record Wording(String subject, String body) {}

    private static final Map<NotificationKind, Wording> ZH = new EnumMap<>(NotificationKind.class);
    private static final Map<NotificationKind, Wording> EN = new EnumMap<>(NotificationKind.class);

    static {
        both(
                NotificationKind.DELIVERABLE_RETURNED,
                "材料退回：{title}",
                "{name}，您提交的《{title}》已退回修改，原因：{reason}（共 {items} 项需修改）。请登录查看：{link}",
                "Returned: {title}",
                "{name}, your \"{title}\" was returned for changes: {reason} ({items} items to fix). Open: {link}");
        both(
                NotificationKind.DELIVERABLE_ACCEPTED,
                "材料已通过：{title}",
                "{name}，您提交的《{title}》已审核通过。{link}",
                "Accepted: {title}",
                "{name}, your \"{title}\" was accepted. {link}");
        both(
                NotificationKind.DEADLINE_EXTENDED,
                "截止日期延长：{phase}",
                "{name}，“{phase}”阶段的截止日期已为您延长至 {until}。{link}",
                "Deadline extended: {phase}",
                "{name}, the deadline of the phase \"{phase}\" is now {until} for you. {link}");
        both(
                NotificationKind.ASSIGNMENT_MADE,
                "新的评估任务",
                "{name}，您有 {count} 个基层组织待评分。请登录查看：{link}",
                "New assessments",
                "{name}, {count} branches were assigned to you to score. Open: {link}");
        both(
                NotificationKind.RESULTS_PUBLISHED,
                "评估结果已公布：{campaign}",
                "{name}，“{campaign}”的评估结果已公布。{link}",
                "Results published: {campaign}",
                "{name}, the results of \"{campaign}\" are published. {link}");
        both(
                NotificationKind.COMMENDATION_PUBLISHED,
                "表彰名单已公布：{campaign}",
                "{name}，“{campaign}”的表彰名单已公布。{link}",
                "Commendation list published: {campaign}",
                "{name}, the commendation list of \"{campaign}\" is published. {link}");
        both(
                NotificationKind.FEEDBACK_RELEASED,
                "反馈报告已发布",
                "{name}，您所在基层组织的反馈报告已发布。{link}",
                "Feedback report released",
                "{name}, your branch's feedback report is released. {link}");
        both(
                NotificationKind.DEADLINE_REMINDER,
                "截止提醒：{phase}",
                "{name}，“{campaign}”的“{phase}”阶段将于 {deadline} 截止（还有 {daysLeft} 天），尚有 {owed} 项必交材料未提交。{link}",
                "Deadline reminder: {phase}",
                "{name}, the phase \"{phase}\" of \"{campaign}\" ends on {deadline} ({daysLeft} days left); {owed}"
                        + " required deliverables are still owed. {link}");
        both(
                NotificationKind.DEADLINE_OVERDUE,
                "已逾期：{phase}",
                "{name}，“{campaign}”的“{phase}”阶段已于 {deadline} 截止，尚有 {owed} 项必交材料未提交，请尽快补交。{link}",
                "Overdue: {phase}",
                "{name}, the phase \"{phase}\" of \"{campaign}\" ended on {deadline}; {owed} required deliverables"
                        + " are still owed. {link}");
        both(
                NotificationKind.PHASE_OPENED,
                "阶段开始：{phase}",
                "{name}，“{campaign}”的“{phase}”阶段今天开始（{from} 至 {until}）。{link}",
                "Phase opens: {phase}",
                "{name}, the phase \"{phase}\" of \"{campaign}\" opens today ({from} to {until}). {link}");
        both(
                NotificationKind.OVERDUE_DIGEST,
                "逾期汇总：{campaign}",
                "{name}，“{campaign}”有 {branches} 个基层组织逾期，共欠交 {owed} 项必交材料。{link}",
                "Overdue digest: {campaign}",
                "{name}, {branches} branches of \"{campaign}\" are late, owing {owed} required deliverables. {link}");
        both(
                NotificationKind.RECOMMENDATION_RETURNED,
                "推荐退回：{candidate}",
                "{name}，对“{candidate}”的推荐已被上级退回，原因：{reason}。{link}",
                "Recommendation returned: {candidate}",
                "{name}, the recommendation of \"{candidate}\" was returned by the level above: {reason}. {link}");
        both(
                NotificationKind.RECOMMENDATION_DECIDED,
                "推荐结果：{candidate}",
                "{name}，“{candidate}”的推荐结果为 {outcome}（{decisionNumber}，{decisionDate}）。{link}",
                "Recommendation decided: {candidate}",
                "{name}, the recommendation of \"{candidate}\" was decided: {outcome} ({decisionNumber},"
                        + " {decisionDate}). {link}");
        both(
                NotificationKind.ACCOUNT_LOCKED,
                "账号已锁定",
                "{name}，您的账号因多次密码错误已锁定 {minutes} 分钟。如非本人操作，请联系管理员。",
                "Account locked",
                "{name}, your account is locked for {minutes} minutes after too many wrong passwords. If that was"
                        + " not you, tell your administrator.");
        both(
                NotificationKind.PASSWORD_RESET,
                "密码已重置",
                "{name}，管理员已重置您的密码，请使用临时密码登录并立即修改。如非本人申请，请联系管理员。",
                "Password reset",
                "{name}, staff reset your password: sign in with the temporary one and change it. If you did not ask"
                        + " for it, tell your administrator.");
    }

    private DefaultTemplates() {}

    private static void both(NotificationKind kind, String zhSubject, String zhBody, String enSubject, String enBody) {
        ZH.put(kind, new Wording(zhSubject, zhBody));
        EN.put(kind, new Wording(enSubject, enBody));
    }

    static Wording of(NotificationKind kind, MessageLocale locale) {
        return (locale == MessageLocale.EN ? EN : ZH).get(kind);
    }
}
