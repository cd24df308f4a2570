package app.chuangxian.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.security.HostileInputWalk;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input on the operations of assignments, scoresheets, self-assessments, consensus and results, and a refused scoresheet save. */
@QuarkusTest
class ScoringHostileInputTest extends HostileInputWalk {
    @Override
    protected Area area() {
        return Area.SCORING;
    }

    @Test
    void aRefusedScoresheetSaveChangesNothing() {
        Fixture f = fixture();
        String url = "/api/v1/campaigns/" + f.campaignId() + "/scoresheets/" + f.scoresheetId();
        Map<String, Object> before = get(f.assessorToken(), url);
        Map<String, Object> good = Map.of("indicatorId", f.indicatorId(), "points", 2, "comment", "改过的评语");
        List<String> failures = new ArrayList<>();
        refuse(
                failures,
                f.assessorToken(),
                "PUT",
                url,
                Map.of(
                        "version",
                        before.get("version"),
                        "scores",
                        List.of(good, Map.of("indicatorId", f.indicatorId(), "points", 999, "comment", "x"))),
                400);
        refuse(
                failures,
                f.assessorToken(),
                "PUT",
                url,
                Map.of(
                        "version",
                        before.get("version"),
                        "scores",
                        List.of(good, Map.of("indicatorId", NO_SUCH, "points", 1, "comment", "x"))),
                400);
        refuse(
                failures,
                f.assessorToken(),
                "PUT",
                url,
                Map.of(
                        "version",
                        before.get("version"),
                        "scores",
                        List.of(good, Map.of("indicatorId", f.indicatorId(), "points", -1, "comment", "x"))),
                400);
        refuse(
                failures,
                f.assessorToken(),
                "PUT",
                url,
                Map.of(
                        "version",
                        before.get("version"),
                        "scores",
                        List.of(good, Map.of("indicatorId", f.indicatorId(), "points", "abc"))),
                400);
        refuse(
                failures,
                f.assessorToken(),
                "PUT",
                url,
                Map.of("version", before.get("version"), "scores", List.of(with(good, "comment", "长".repeat(1001)))),
                400);
        refuse(failures, f.assessorToken(), "PUT", url, Map.of("version", STALE, "scores", List.of(good)), 409);
        assertEquals(List.of(), failures, report(failures));
        assertEquals(before, get(f.assessorToken(), url), "the scoresheet after refused saves");
    }
}
