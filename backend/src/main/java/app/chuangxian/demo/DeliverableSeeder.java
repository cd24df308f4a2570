package app.chuangxian.demo;

import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.FieldDefinition;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Phase;
import app.chuangxian.deliverable.Deliverable;
import app.chuangxian.deliverable.DeliverableRevision;
import app.chuangxian.deliverable.DeliverableStatus;
import app.chuangxian.deliverable.FixItem;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import app.chuangxian.sitevisit.SiteVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deliverables and site visits of the live campaign: implementation plans accepted for most branches, one returned
 * with a fix list, a few drafts, activity records, and two site visits. Does nothing without the live campaign.
 */
@ApplicationScoped
public class DeliverableSeeder implements DemoSeeder {
    @Inject
    NotificationService notifications;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoContext context) {
        if (context.shared.get(DemoContext.CAMPAIGN_2009) instanceof Long closedId) {
            seedClosedCampaign(closedId);
        }
        if (!(context.shared.get(DemoContext.CAMPAIGN_LIVE) instanceof Long campaignId)) {
            return;
        }
        List<Phase> phases = Phase.list("campaignId = ?1 order by seq", campaignId);
        List<Long> branches = Participation.<Participation>list("campaignId", campaignId).stream()
                .map(p -> p.branchId)
                .sorted()
                .toList();
        if (phases.isEmpty() || branches.isEmpty()) {
            return;
        }
        Phase first = phases.get(0);
        DeliverableType plan = DeliverableType.find("phaseId = ?1 order by required desc, seq", first.id)
                .firstResult();
        DeliverableType records = DeliverableType.find("campaignId = ?1 and multiple = true order by seq", campaignId)
                .firstResult();
        for (int i = 0; plan != null && i < branches.size(); i++) {
            long branch = branches.get(i);
            if (i == branches.size() - 1) {
                continue; // one branch has not started its plan
            }
            Deliverable d = deliverable(campaignId, plan, branch, "争创活动实施方案", first.startsOn.plusDays(10 + i));
            if (i == 2) {
                submit(d, first.startsOn.plusDays(12));
                d.status = DeliverableStatus.RETURNED;
                d.returnReason = "方案缺少具体的时间安排和责任分工";
                d.returnedRevision = d.revision;
                d.reviewedBy = "admin";
                d.reviewedAt = at(first.startsOn.plusDays(15));
                fixItem(d, 1, "补充各阶段的时间安排");
                fixItem(d, 2, "明确领导组成员的分工");
                // the chairs' messages about their plans, as the review would have written them: unread on a first look
                notifications.toBranch(
                        branch,
                        NotificationKind.DELIVERABLE_RETURNED,
                        campaignId,
                        d.id,
                        Map.of("title", d.title, "reason", d.returnReason, "items", 2));
            } else if (i == 4) {
                d.body = d.body + "\n\n（草稿，待班子讨论）";
            } else {
                submit(d, first.startsOn.plusDays(12 + i));
                d.status = DeliverableStatus.ACCEPTED;
                d.reviewedBy = "admin";
                d.reviewedAt = at(first.startsOn.plusDays(20));
                notifications.toBranch(
                        branch, NotificationKind.DELIVERABLE_ACCEPTED, campaignId, d.id, Map.of("title", d.title));
            }
        }
        if (records != null) {
            Phase phase = Phase.findById(records.phaseId);
            for (int i = 0; i < Math.min(4, branches.size()); i++) {
                Deliverable d = deliverable(
                        campaignId, records, branches.get(i), "民主生活会记录", phase.startsOn.plusDays(7 * (i + 1)));
                if (i % 2 == 0) {
                    submit(d, phase.startsOn.plusDays(7 * (i + 1) + 2));
                }
            }
        }
        visit(
                campaignId,
                branches.get(0),
                phases.size() > 1 ? phases.get(1).startsOn.plusDays(20) : first.endsOn,
                "会市委组织部 王主任、李干事",
                "支部学习制度健全，班子分工明确；社情民意信息报送积极。",
                "整理活动台账，按月报送。");
        if (branches.size() > 3) {
            visit(
                    campaignId,
                    branches.get(3),
                    phases.size() > 1 ? phases.get(1).startsOn.plusDays(35) : first.endsOn,
                    "会市委组织部 王主任",
                    "组织生活开展较少，与单位党组织沟通不够。",
                    "每季度至少开展一次组织生活；与统战部建立联系人制度。");
        }
    }

    /**
     * The 2009 campaign is over: every branch handed in and had accepted its required deliverables, except the
     * last one, whose campaign summary never came, so the published ranking shows it as not eligible.
     */
    private static void seedClosedCampaign(long campaignId) {
        List<Long> branches = Participation.<Participation>list("campaignId", campaignId).stream()
                .map(p -> p.branchId)
                .sorted()
                .toList();
        List<DeliverableType> required =
                DeliverableType.list("campaignId = ?1 and required = true order by seq", campaignId);
        for (DeliverableType type : required) {
            Phase phase = Phase.findById(type.phaseId);
            boolean summary = phase.seq == 3;
            for (int i = 0; i < branches.size(); i++) {
                if (summary && i == branches.size() - 1) {
                    continue;
                }
                Deliverable d =
                        deliverable(campaignId, type, branches.get(i), type.name, phase.startsOn.plusDays(5 + i));
                submit(d, phase.endsOn.minusDays(10 - i % 5));
                d.status = DeliverableStatus.ACCEPTED;
                d.reviewedBy = "admin";
                d.reviewedAt = at(phase.endsOn);
            }
        }
    }

    private static Deliverable deliverable(
            long campaignId, DeliverableType type, long branch, String title, LocalDate day) {
        Deliverable d = new Deliverable();
        d.campaignId = campaignId;
        d.phaseId = type.phaseId;
        d.typeId = type.id;
        d.branchId = branch;
        d.title = title;
        d.body = "## 指导思想\n以《意见》为指导，加强学习。\n\n## 主要措施\n- 学习培训\n- 议事制度\n- 参政议政\n- 组织生活";
        d.fields = sampleFields(type.fields, day);
        d.createdBy = "demo";
        d.persist();
        return d;
    }

    private static Map<String, Object> sampleFields(List<FieldDefinition> definitions, LocalDate day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldDefinition f : definitions) {
            Object value = switch (f.type()) {
                case DATE -> day.toString();
                case NUMBER -> 15;
                case LIST -> List.of("学习培训", "组织生活");
                case TEXT, TEXTAREA -> "按照会市委通知要求认真落实";
            };
            fields.put(f.key(), value);
        }
        return fields;
    }

    private static void submit(Deliverable d, LocalDate day) {
        d.revision++;
        d.status = DeliverableStatus.SUBMITTED;
        d.submittedAt = at(day);
        d.submittedBy = "demo";
        DeliverableRevision r = new DeliverableRevision();
        r.deliverableId = d.id;
        r.revision = d.revision;
        r.title = d.title;
        r.body = d.body;
        r.fields = d.fields;
        r.submittedBy = d.submittedBy;
        r.submittedAt = d.submittedAt;
        r.persist();
    }

    private static void fixItem(Deliverable d, int seq, String text) {
        FixItem item = new FixItem();
        item.deliverableId = d.id;
        item.revision = d.revision;
        item.seq = seq;
        item.description = text;
        item.persist();
    }

    private static void visit(
            long campaignId, long branch, LocalDate day, String visitors, String findings, String followUps) {
        SiteVisit v = new SiteVisit();
        v.campaignId = campaignId;
        v.branchId = branch;
        v.visitedOn = day;
        v.visitors = visitors;
        v.findings = findings;
        v.followUps = followUps;
        v.recordedBy = "admin";
        v.persist();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }
}
