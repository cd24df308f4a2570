package app.chuangxian.assessment.assignment;

import static app.chuangxian.assessment.Api.PROBLEM;
import static app.chuangxian.assessment.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.assessment.Api;
import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentResourceTest {
    private static final String PATH = "/api/v1/campaigns/{c}/assignments";

    @Test
    void staffAssignOneByOneAndSeeTheAssignment() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long assessor = ScoringFixture.assessor(null);
        long id = Api.id(as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", assessor))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201)
                .body("branchId", is(f.branches.get(0).intValue()))
                .body("assessorId", is((int) assessor))
                .body("scoresheetStatus", nullValue())
                .extract()
                .path("id"));
        as(Tokens.admin())
                .queryParam("assessorId", assessor)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is((int) id));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", assessor))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("ALREADY_ASSIGNED"));
        long other = ScoringFixture.assessor(null);
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", other))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201);
        as(ScoringFixture.token(assessor))
                .queryParam("assessorId", other)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].assessorId", is((int) assessor));
    }

    @Test
    void anAssessorIsNeverAssignedToTheirOwnBranch() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        long member = ScoringFixture.assessor(f.branches.get(0));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", member))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("CONFLICT_OF_INTEREST"))
                .body("detail", containsString("may not score it"));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(1), "assessorId", member))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201);
    }

    @Test
    void onlyAssessorsAndParticipatingBranchesCanBeAssigned() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long assessor = ScoringFixture.assessor(null);
        long outsider = app.chuangxian.support.Samples.branch();
        as(Tokens.admin())
                .body(Map.of("branchId", outsider, "assessorId", assessor))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("branchId"));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", 999999))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("assessorId"));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0)))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem(containsString("assessorId")));
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", assessor, "extra", 1))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(0), "assessorId", assessor))
                .post(PATH, 999999)
                .then()
                .statusCode(404);
    }

    @Test
    void bulkAssignmentIsAllOrNothingWithPerItemErrors() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 3);
        long a1 = ScoringFixture.assessor(null);
        long a2 = ScoringFixture.assessor(f.branches.get(2));
        as(Tokens.admin())
                .body(Map.of("branchIds", f.branches, "assessorIds", List.of(a1, a2)))
                .post(PATH + "/bulk", f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("CONFLICT_OF_INTEREST"))
                .body("fieldErrors", hasSize(1))
                .body("fieldErrors[0].field", equalTo("branchIds[2]"))
                .body("fieldErrors[0].message", containsString("assessorIds[1]"))
                .body("fieldErrors[0].reason", equalTo("CONFLICT_OF_INTEREST"))
                .body("fieldErrors[0].params.assessorIndex", is(1));
        as(Tokens.admin()).get(PATH, f.campaignId).then().statusCode(200).body("total", is(0));

        as(Tokens.admin())
                .body(Map.of("branchIds", List.of(f.branches.get(0), 999999L), "assessorIds", List.of(a1)))
                .post(PATH + "/bulk", f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("branchIds[1]"));

        as(Tokens.admin())
                .body(Map.of("branchIds", f.branches.subList(0, 2), "assessorIds", List.of(a1, a2)))
                .post(PATH + "/bulk", f.campaignId)
                .then()
                .statusCode(200)
                .body("created", is(4))
                .body("alreadyAssigned", is(0));
        as(Tokens.admin())
                .body(Map.of("branchIds", f.branches.subList(0, 2), "assessorIds", List.of(a1)))
                .post(PATH + "/bulk", f.campaignId)
                .then()
                .statusCode(200)
                .body("created", is(0))
                .body("alreadyAssigned", is(2));
        as(Tokens.admin()).get(PATH, f.campaignId).then().statusCode(200).body("total", is(4));
        as(Tokens.admin())
                .body(Map.of("branchIds", List.of(), "assessorIds", List.of(a1)))
                .post(PATH + "/bulk", f.campaignId)
                .then()
                .statusCode(400);
    }

    @Test
    void loadCountsAssignedAndSubmittedAndUnassignStopsAtSubmission() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 2);
        long assessor = ScoringFixture.assessor(null);
        f.submitted(f.branches.get(0), assessor, "5", "5", "5");
        long draftAssignment = Api.id(as(Tokens.admin())
                .body(Map.of("branchId", f.branches.get(1), "assessorId", assessor))
                .post(PATH, f.campaignId)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        as(ScoringFixture.token(assessor))
                .body(Api.sheet(f.branches.get(1), List.of(Api.score(f.s1, "8", null))))
                .post("/api/v1/campaigns/{c}/scoresheets", f.campaignId)
                .then()
                .statusCode(201);

        as(Tokens.admin())
                .queryParam("size", 100)
                .get(PATH + "/assessors", f.campaignId)
                .then()
                .statusCode(200)
                .body("items.find { it.assessorId == " + assessor + " }.assigned", is(2))
                .body("items.find { it.assessorId == " + assessor + " }.submitted", is(1));

        long submittedAssignment = Api.id(as(Tokens.admin())
                .queryParam("branchId", f.branches.get(0))
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items[0].scoresheetStatus", equalTo("SUBMITTED"))
                .extract()
                .path("items[0].id"));
        as(Tokens.admin())
                .delete(PATH + "/{id}", f.campaignId, submittedAssignment)
                .then()
                .statusCode(409)
                .body("code", equalTo("SCORESHEET_SUBMITTED"));
        as(Tokens.admin())
                .delete(PATH + "/{id}", f.campaignId, draftAssignment)
                .then()
                .statusCode(204);
        as(Tokens.admin())
                .delete(PATH + "/{id}", f.campaignId, draftAssignment)
                .then()
                .statusCode(404);
        as(Tokens.admin())
                .queryParam("branchId", f.branches.get(1))
                .get("/api/v1/campaigns/{c}/scoresheets", f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void assignmentsAreStaffOnlyAndClosedOnceResultsAreFinalised() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "10", 1);
        long assessor = ScoringFixture.assessor(null);
        Map<String, Object> body = Map.of("branchId", f.branches.get(0), "assessorId", assessor);
        for (String token : List.of(
                Tokens.viewer(), ScoringFixture.token(assessor), Tokens.auditor(), Tokens.branch(f.branches.get(0)))) {
            as(token).body(body).post(PATH, f.campaignId).then().statusCode(403);
            as(token).get(PATH + "/assessors", f.campaignId).then().statusCode(403);
        }
        for (String token : List.of(Tokens.viewer(), Tokens.auditor(), Tokens.branch(f.branches.get(0)))) {
            as(token).get(PATH, f.campaignId).then().statusCode(403);
        }
        Api.anonymous().get(PATH, f.campaignId).then().statusCode(401);
        f.setResultsStatus(ResultsStatus.FINALISED);
        as(Tokens.admin())
                .body(body)
                .post(PATH, f.campaignId)
                .then()
                .statusCode(409)
                .body("code", equalTo("RESULTS_FINALISED"));
    }
}
