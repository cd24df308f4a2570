package app.chuangxian.deliverable;

import static io.restassured.RestAssured.given;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.FieldDefinition;
import app.chuangxian.campaign.FieldDefinition.FieldType;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Phase;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A campaign with two phases, three deliverable types and two participating branches, built from the entities. */
public final class DeliverableFixture {
    /** plan: required, one per branch, with fields; record: optional, several; summary: required, phase 2. */
    public record World(
            long campaignId,
            long phase1,
            long phase2,
            long plan,
            long record,
            long summary,
            long branchA,
            long branchB,
            long outsider) {}

    private DeliverableFixture() {}

    public static World world() {
        return world(CampaignStatus.ACTIVE, LocalDate.now().plusDays(30), 2);
    }

    public static World world(CampaignStatus status, LocalDate phase1End, int participants) {
        long a = Samples.branch();
        long b = Samples.branch();
        long outsider = Samples.branch();
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = new Campaign();
            c.title = "测试活动" + Samples.unique("C");
            c.year = 2026;
            c.status = status;
            c.persist();
            Phase p1 = phase(c.id, 1, "MOBILISE", "宣传动员", phase1End.minusMonths(2), phase1End);
            Phase p2 = phase(c.id, 2, "IMPLEMENT", "实施创建", phase1End.plusDays(1), phase1End.plusMonths(6));
            DeliverableType plan = type(
                    c.id,
                    p1.id,
                    1,
                    "PLAN",
                    "实施方案",
                    true,
                    false,
                    List.of(
                            new FieldDefinition("goals", "目标", FieldType.TEXTAREA, true, 500),
                            new FieldDefinition("startDate", "启动日期", FieldType.DATE, true, null),
                            new FieldDefinition("memberCount", "参与会员数", FieldType.NUMBER, false, null),
                            new FieldDefinition("measures", "主要措施", FieldType.LIST, false, 50)));
            DeliverableType record = type(
                    c.id,
                    p2.id,
                    2,
                    "RECORD",
                    "活动记录",
                    false,
                    true,
                    List.of(new FieldDefinition("meetingDate", "会议日期", FieldType.DATE, false, null)));
            DeliverableType summary = type(c.id, p2.id, 3, "SUMMARY", "活动总结", true, false, List.of());
            for (long branch : participants == 2 ? List.of(a, b) : List.of(a)) {
                Participation part = new Participation();
                part.campaignId = c.id;
                part.branchId = branch;
                part.persist();
            }
            return new World(c.id, p1.id, p2.id, plan.id, record.id, summary.id, a, b, outsider);
        });
    }

    public static void setStatus(long campaignId, CampaignStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Campaign.<Campaign>findById(campaignId).status = status);
    }

    private static Phase phase(long campaignId, int seq, String code, String name, LocalDate from, LocalDate to) {
        Phase p = new Phase();
        p.campaignId = campaignId;
        p.seq = seq;
        p.code = code;
        p.name = name;
        p.startsOn = from;
        p.endsOn = to;
        p.persist();
        return p;
    }

    private static DeliverableType type(
            long campaignId,
            long phaseId,
            int seq,
            String code,
            String name,
            boolean required,
            boolean multiple,
            List<FieldDefinition> fields) {
        DeliverableType t = new DeliverableType();
        t.campaignId = campaignId;
        t.phaseId = phaseId;
        t.seq = seq;
        t.code = code;
        t.name = name;
        t.required = required;
        t.multiple = multiple;
        t.fields = new java.util.ArrayList<>(fields);
        t.persist();
        return t;
    }

    /** Complete plan fields. */
    public static Map<String, Object> planFields() {
        Map<String, Object> f = new HashMap<>();
        f.put("goals", "加强学习，建立制度");
        f.put("startDate", "2026-01-05");
        f.put("memberCount", 21);
        f.put("measures", List.of("学习培训", "议事制度"));
        return f;
    }

    public static Map<String, Object> draftBody(long typeId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeId", typeId);
        body.put("title", "实施方案");
        body.put("body", "第一段\n第二段\n第三段");
        body.put("fields", fields);
        return body;
    }

    /** Drafts a deliverable as the branch and returns its id. */
    public static long draft(World w, long branch, long typeId, Map<String, Object> fields) {
        return ((Number) given().auth()
                        .oauth2(Tokens.branch(branch))
                        .contentType(ContentType.JSON)
                        .body(draftBody(typeId, fields))
                        .post("/api/v1/campaigns/{c}/deliverables", w.campaignId())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static int version(World w, long id) {
        return given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/deliverables/{id}", w.campaignId(), id)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
    }

    public static void submit(World w, long branch, long id) {
        given().auth()
                .oauth2(Tokens.branch(branch))
                .contentType(ContentType.JSON)
                .body(Map.of("version", version(w, id)))
                .post("/api/v1/campaigns/{c}/deliverables/{id}/submit", w.campaignId(), id)
                .then()
                .statusCode(200);
    }

    public static void review(World w, long id, String action) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version(w, id)));
        if (action.equals("return")) {
            body.put("reason", "需要补充");
            body.put("fixItems", List.of("补充时间安排", "补充责任人"));
        }
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns/{c}/deliverables/{id}/" + action, w.campaignId(), id)
                .then()
                .statusCode(200);
    }
}
