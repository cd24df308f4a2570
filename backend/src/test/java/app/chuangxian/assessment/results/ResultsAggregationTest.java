package app.chuangxian.assessment.results;

import static app.chuangxian.assessment.Api.as;
import static app.chuangxian.assessment.Api.dec;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import app.chuangxian.assessment.ScoringFixture;
import app.chuangxian.campaign.AggregationMethod;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every aggregation method on hand-computed scoresheets (S1 0..10, S2 0..10 of STUDY; U1 0..10 of UNITY). */
@QuarkusTest
class ResultsAggregationTest {
    private static final String PATH = "/api/v1/campaigns/{c}/results";

    private static ValidatableResponse ranking(ScoringFixture f) {
        return as(Tokens.admin())
                .queryParam("size", 100)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200);
    }

    private static String at(long branchId) {
        return "items.find { it.branchId == " + branchId + " }.";
    }

    @Test
    void meanRanksTiesTogetherAndOrdersThemByStudyThenCode() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "100", 7);
        long a = f.branches.get(0), b = f.branches.get(1), c = f.branches.get(2), d = f.branches.get(3);
        long e = f.branches.get(4), g = f.branches.get(5), h = f.branches.get(6);
        long x1 = ScoringFixture.assessor(null), x2 = ScoringFixture.assessor(null), x3 = ScoringFixture.assessor(null);
        // A: 24.5, 26.5, 22.5 -> 24.5; STUDY (15.5 + 17 + 14.5) / 3 = 15.666.. -> 15.67; UNITY 26.5 / 3 -> 8.83
        f.submitted(a, x1, "8", "7.5", "9");
        f.submitted(a, x2, "9", "8", "9.5");
        f.submitted(a, x3, "7", "7.5", "8");
        // B: 24.5, 24.5 -> 24.5 (tied with A); STUDY (16 + 16.5) / 2 = 16.25 beats A's 15.67
        f.submitted(b, x1, "8", "8", "8.5");
        f.submitted(b, x2, "8.5", "8", "8");
        // C: 29.5 alone at the top
        f.submitted(c, x1, "10", "10", "9.5");
        f.submitted(c, x2, "10", "9.5", "10");
        // D: no submitted scoresheet (a draft does not count)
        // E: 20 -> rank 4 after the tie at 2
        f.submitted(e, x1, "7", "7", "6");
        // G and H: the same 14 and the same STUDY: ordered by branch code
        f.submitted(g, x1, "5", "5", "4");
        f.submitted(h, x1, "5", "5", "4");

        ValidatableResponse r = ranking(f);
        r.body("total", is(7))
                .body("resultsStatus", equalTo("OPEN"))
                .body(at(c) + "rank", is(1))
                .body(at(c) + "total", dec("29.5"))
                .body(at(c) + "grade", equalTo("优秀"))
                .body(at(b) + "rank", is(2))
                .body(at(b) + "position", is(2))
                .body(at(b) + "total", dec("24.5"))
                .body(at(a) + "rank", is(2))
                .body(at(a) + "position", is(3))
                .body(at(a) + "total", dec("24.5"))
                .body(at(a) + "grade", equalTo("良好"))
                .body(at(a) + "standards[0].code", equalTo("STUDY"))
                .body(at(a) + "standards[0].points", dec("15.67"))
                .body(at(a) + "standards[1].points", dec("8.83"))
                .body(at(b) + "standards[0].points", dec("16.25"))
                .body(at(b) + "standards[1].points", dec("8.25"))
                .body(at(e) + "rank", is(4))
                .body(at(e) + "grade", equalTo("良好"))
                .body(at(g) + "rank", is(5))
                .body(at(h) + "rank", is(5))
                .body(at(g) + "grade", nullValue())
                .body(at(d) + "rank", nullValue())
                .body(at(d) + "total", nullValue())
                .body(at(d) + "scoresheets", is(0))
                .body(at(d) + "position", is(7))
                .body(at(a) + "scoresheets", is(3))
                .body(at(a) + "disagreement", is(false));
        String codeG = r.extract().path(at(g) + "branchCode");
        String codeH = r.extract().path(at(h) + "branchCode");
        int posG = r.extract().path(at(g) + "position");
        org.junit.jupiter.api.Assertions.assertEquals(codeG.compareTo(codeH) < 0 ? 5 : 6, posG);

        as(Tokens.admin())
                .queryParam("size", 3)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items.branchId", equalTo(List.of((int) c, (int) b, (int) a)))
                .body("total", is(7));
        as(Tokens.admin())
                .queryParam("size", 2)
                .queryParam("page", 5)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items.size()", is(0))
                .body("total", is(7));
        as(Tokens.admin())
                .queryParam("sort", "-rank")
                .queryParam("size", 1)
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("items[0].branchId", is((int) d));
        as(Tokens.admin())
                .queryParam("sort", "grade")
                .get(PATH, f.campaignId)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("sort"));
    }

    @Test
    void medianTakesTheMiddleScoresheetOrTheMeanOfTheTwoMiddleOnes() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEDIAN, "100", 2);
        long even = f.branches.get(0), odd = f.branches.get(1);
        long[] x = {
            ScoringFixture.assessor(null),
            ScoringFixture.assessor(null),
            ScoringFixture.assessor(null),
            ScoringFixture.assessor(null)
        };
        // even: totals 27, 20, 24, 22.5 -> middle two 22.5 and 24 -> 23.25; STUDY (15.5 + 16) / 2, UNITY (7 + 8) / 2
        f.submitted(even, x[0], "9", "9", "9");
        f.submitted(even, x[1], "7", "7", "6");
        f.submitted(even, x[2], "8", "8", "8");
        f.submitted(even, x[3], "8", "7.5", "7");
        // odd: totals 10, 30, 15.5 -> 15.5; STUDY 10.5, UNITY 5
        f.submitted(odd, x[0], "3", "3", "4");
        f.submitted(odd, x[1], "10", "10", "10");
        f.submitted(odd, x[2], "5", "5.5", "5");
        ranking(f)
                .body(at(even) + "total", dec("23.25"))
                .body(at(even) + "standards[0].points", dec("15.75"))
                .body(at(even) + "standards[1].points", dec("7.5"))
                .body(at(odd) + "total", dec("15.5"))
                .body(at(odd) + "standards[0].points", dec("10.5"))
                .body(at(odd) + "standards[1].points", dec("5"))
                .body(at(even) + "rank", is(1))
                .body(at(odd) + "rank", is(2));
    }

    @Test
    void trimmedMeanDropsHighestAndLowestFromFiveScoresheetsAndIsTheMeanBelowFive() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.TRIMMED_MEAN, "100", 2);
        long five = f.branches.get(0), four = f.branches.get(1);
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = ScoringFixture.assessor(null);
        }
        // five: totals 10, 20, 21.5, 23, 30 -> drop 10 and 30 -> 64.5 / 3 = 21.5; STUDY (14 + 14.5 + 15) / 3 = 14.5;
        // UNITY 7
        f.submitted(five, x[0], "3", "3", "4");
        f.submitted(five, x[1], "7", "7", "6");
        f.submitted(five, x[2], "7", "7.5", "7");
        f.submitted(five, x[3], "8", "7", "8");
        f.submitted(five, x[4], "10", "10", "10");
        // four: totals 10, 20, 21.5, 30 -> mean 81.5 / 4 = 20.375 -> 20.38 (exact decimal, half up);
        // STUDY (6 + 14 + 14.5 + 20) / 4 = 13.625 -> 13.63; UNITY 27 / 4 = 6.75
        f.submitted(four, x[0], "3", "3", "4");
        f.submitted(four, x[1], "7", "7", "6");
        f.submitted(four, x[2], "7", "7.5", "7");
        f.submitted(four, x[4], "10", "10", "10");
        ranking(f)
                .body(at(five) + "total", dec("21.5"))
                .body(at(five) + "standards[0].points", dec("14.5"))
                .body(at(five) + "standards[1].points", dec("7"))
                .body(at(four) + "total", dec("20.38"))
                .body(at(four) + "standards[0].points", dec("13.63"))
                .body(at(four) + "standards[1].points", dec("6.75"))
                .body(at(five) + "rank", is(1))
                .body(at(four) + "rank", is(2));
    }

    @Test
    void disagreementFlagsSpreadOfTotalsOrOfOneIndicatorAboveTheThreshold() {
        ScoringFixture f = ScoringFixture.create(AggregationMethod.MEAN, "3", 4);
        long totals = f.branches.get(0),
                indicator = f.branches.get(1),
                boundary = f.branches.get(2),
                single = f.branches.get(3);
        long x1 = ScoringFixture.assessor(null), x2 = ScoringFixture.assessor(null);
        f.submitted(totals, x1, "5", "5", "5"); // 15
        f.submitted(totals, x2, "7", "7", "5"); // 19: totals spread 4 > 3, indicators 2, 2, 0
        f.submitted(indicator, x1, "10", "2", "5"); // 17
        f.submitted(indicator, x2, "6", "6", "5"); // 17: totals equal, S1 spread 4 > 3
        f.submitted(boundary, x1, "5", "5", "5"); // 15
        f.submitted(boundary, x2, "6", "6", "6"); // 18: spread exactly 3 is not more than 3
        f.submitted(single, x1, "0", "10", "5");
        ranking(f)
                .body(at(totals) + "disagreement", is(true))
                .body(at(indicator) + "disagreement", is(true))
                .body(at(boundary) + "disagreement", is(false))
                .body(at(single) + "disagreement", is(false));
        as(Tokens.admin())
                .queryParam("flagged", true)
                .queryParam("sort", "branchCode")
                .get(PATH, f.campaignId)
                .then()
                .statusCode(200)
                .body("total", is(2));
    }
}
