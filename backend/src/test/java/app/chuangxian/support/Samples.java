package app.chuangxian.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders of sample data through the API; every call makes unique codes and names. */
public final class Samples {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

    private Samples() {}

    public static String unique(String prefix) {
        return prefix + RUN + SEQ.incrementAndGet();
    }

    public static Map<String, Object> branchBody() {
        String code = unique("B");
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "民进测试支部" + code);
        body.put("kind", "BRANCH");
        body.put("workUnit", "测试单位");
        body.put("memberCount", 12);
        body.put("chairName", "张三");
        body.put("contactPhone", "13812345678");
        return body;
    }

    /** Creates a branch as committee staff and returns its id. */
    public static long branch() {
        return ((Number) given().auth()
                        .oauth2(Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(branchBody())
                        .post("/api/v1/branches")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
