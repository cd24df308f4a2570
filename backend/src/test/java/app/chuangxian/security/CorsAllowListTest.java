package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With CORS_ENABLED and CORS_ORIGINS set, only the listed origins are allowed. */
@QuarkusTest
@TestProfile(CorsAllowListTest.AllowList.class)
class CorsAllowListTest {
    public static class AllowList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", "https://portal.example.org");
        }
    }

    @Test
    void onlyTheListedOriginIsAllowed() {
        given().header("Origin", "https://portal.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/branches")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("https://portal.example.org"));
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/branches")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
