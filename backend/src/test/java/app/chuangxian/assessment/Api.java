package app.chuangxian.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Requests of the scoring tests, with numbers read as exact decimals. */
public final class Api {
    public static final String PROBLEM = "application/problem+json";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Api() {}

    public static RequestSpecification as(String token) {
        return given().config(EXACT).auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().config(EXACT).contentType(ContentType.JSON);
    }

    public static Matcher<BigDecimal> dec(String value) {
        return Matchers.comparesEqualTo(new BigDecimal(value));
    }

    public static Map<String, Object> score(long indicatorId, String points, String comment) {
        return comment == null
                ? Map.of("indicatorId", indicatorId, "points", new BigDecimal(points))
                : Map.of("indicatorId", indicatorId, "points", new BigDecimal(points), "comment", comment);
    }

    public static Map<String, Object> sheet(long branchId, List<Map<String, Object>> scores) {
        return Map.of("branchId", branchId, "scores", scores);
    }

    public static long id(Object value) {
        return ((Number) value).longValue();
    }
}
