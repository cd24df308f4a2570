package app.chuangxian.campaign;

import static app.chuangxian.campaign.FieldDefinition.FieldType.DATE;
import static app.chuangxian.campaign.FieldDefinition.FieldType.LIST;
import static app.chuangxian.campaign.FieldDefinition.FieldType.NUMBER;
import static app.chuangxian.campaign.FieldDefinition.FieldType.TEXT;
import static app.chuangxian.campaign.FieldDefinition.FieldType.TEXTAREA;

import java.util.ArrayList;
import java.util.List;

/** The deliverables the 2009 notice asks for, by phase: the default set of a campaign's three phases. */
public final class DeliverableTypeDefaults {
    /** One default deliverable type of the phase at position {@code phaseSeq}. */
    public record Spec(
            int phaseSeq,
            String code,
            String name,
            String description,
            boolean required,
            boolean multiple,
            List<FieldDefinition> fields) {}

    public static final List<Spec> NOTICE = List.of(
            new Spec(
                    1,
                    "IMPLEMENTATION_PLAN",
                    "实施方案",
                    "结合自身实际制定的创建活动具体实施方案",
                    true,
                    false,
                    List.of(f("adoptedOn", "通过日期", DATE, true, null), f("content", "方案内容", TEXTAREA, true, 20000))),
            new Spec(
                    1,
                    "MOBILISATION_RECORD",
                    "宣传动员记录",
                    "组织会员学习《意见》、开展宣传动员的记录",
                    false,
                    true,
                    List.of(
                            f("heldOn", "日期", DATE, true, null),
                            f("participants", "参加人数", NUMBER, false, null),
                            f("content", "学习动员内容", TEXTAREA, true, 5000))),
            new Spec(
                    2,
                    "ACTIVITY_RECORD",
                    "组织活动记录",
                    "开展组织生活和各类活动的记录",
                    false,
                    true,
                    List.of(
                            f("heldOn", "活动日期", DATE, true, null),
                            f("place", "地点", TEXT, false, 200),
                            f("participants", "参加人数", NUMBER, false, null),
                            f("content", "活动内容", TEXTAREA, true, 5000))),
            new Spec(
                    2,
                    "DEMOCRATIC_LIFE_MEETING",
                    "民主生活会记录",
                    "定期召开民主生活会的记录",
                    false,
                    true,
                    List.of(
                            f("meetingDate", "会议日期", DATE, true, null),
                            f("attendees", "参会人员", LIST, true, null),
                            f("topics", "议题", LIST, true, null),
                            f("minutes", "会议纪要", TEXTAREA, true, 10000))),
            new Spec(
                    2,
                    "MID_TERM_REVIEW",
                    "届中述职评议",
                    "领导班子届中述职评议",
                    false,
                    false,
                    List.of(
                            f("reporters", "述职对象", LIST, true, null),
                            f("content", "述职内容", TEXTAREA, true, 10000),
                            f("form", "述职形式", TEXT, true, 200),
                            f("procedure", "述职程序", TEXTAREA, true, 5000),
                            f("evaluationResult", "评议结果", TEXTAREA, true, 5000),
                            f("useOfResult", "结果使用", TEXTAREA, false, 5000))),
            new Spec(
                    2,
                    "LEADERSHIP_TRAINING",
                    "学习培训记录",
                    "领导班子成员学习培训的记录",
                    false,
                    true,
                    List.of(
                            f("heldOn", "日期", DATE, true, null),
                            f("topic", "主题", TEXT, true, 200),
                            f("trainees", "参训人员", LIST, false, null),
                            f("content", "学习内容", TEXTAREA, true, 5000))),
            new Spec(
                    2,
                    "OPINION_REPORT",
                    "社情民意/参政议政报告",
                    "反映社情民意、参政议政的报告或提案",
                    false,
                    true,
                    List.of(
                            f("title", "标题", TEXT, true, 200),
                            f("submittedOn", "报送日期", DATE, true, null),
                            f("submittedTo", "报送单位", TEXT, false, 200),
                            f("content", "内容", TEXTAREA, true, 10000),
                            f("adoption", "采纳情况", TEXT, false, 500))),
            new Spec(
                    2,
                    "LIAISON_RECORD",
                    "沟通协调记录",
                    "与中共基层组织、单位党组织或统战部沟通协调的记录",
                    false,
                    true,
                    List.of(
                            f("contactedOn", "日期", DATE, true, null),
                            f("partyOrganisation", "联系单位", TEXT, true, 200),
                            f("topics", "沟通事项", TEXTAREA, true, 5000),
                            f("outcome", "结果", TEXTAREA, false, 5000))),
            new Spec(
                    3,
                    "CAMPAIGN_SUMMARY",
                    "活动总结",
                    "上报会市委的创建活动总结",
                    true,
                    false,
                    List.of(
                            f("content", "总结内容", TEXTAREA, true, 20000),
                            f("achievements", "主要成效", TEXTAREA, false, 10000))));

    private DeliverableTypeDefaults() {}

    /** New (unsaved) deliverable types for the given phases, the first phase taking the specs of position 1, etc. */
    public static List<DeliverableType> forPhases(long campaignId, List<Phase> phasesInOrder) {
        List<DeliverableType> result = new ArrayList<>();
        int seq = 0;
        for (Spec spec : NOTICE) {
            if (spec.phaseSeq() > phasesInOrder.size()) {
                continue;
            }
            DeliverableType t = new DeliverableType();
            t.campaignId = campaignId;
            t.phaseId = phasesInOrder.get(spec.phaseSeq() - 1).id;
            t.seq = ++seq;
            t.code = spec.code();
            t.name = spec.name();
            t.description = spec.description();
            t.required = spec.required();
            t.multiple = spec.multiple();
            t.fields = new ArrayList<>(spec.fields());
            result.add(t);
        }
        return result;
    }

    private static FieldDefinition f(
            String key, String label, FieldDefinition.FieldType type, boolean required, Integer maxLength) {
        return new FieldDefinition(key, label, type, required, maxLength);
    }
}
