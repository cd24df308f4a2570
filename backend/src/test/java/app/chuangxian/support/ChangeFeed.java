package app.chuangxian.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the change feed as a caller does, for the tests of each write that reports to it. */
public final class ChangeFeed {
    public static final String PATH = "/api/v1/changes";

    private ChangeFeed() {}

    /** The cursor after everything the feed holds now, as the caller reads it. */
    public static String end(String token) {
        String cursor = null;
        for (; ; ) {
            JsonPath page = read(token, cursor, 500);
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    /** One page after the cursor (from the first when null). */
    public static JsonPath read(String token, String since, int size) {
        var request = given().auth().oauth2(token).queryParam("size", size);
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** Every change after the cursor, read page by page. */
    public static List<Map<String, Object>> since(String token, String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (; ; ) {
            JsonPath page = read(token, cursor, 50);
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return all;
            }
        }
    }

    /** One field of each change of the record, in order ("null" where it is null). */
    public static List<String> of(List<Map<String, Object>> changes, String resource, long id, String field) {
        return changes.stream()
                .filter(c -> resource.equals(c.get("resource")) && ((Number) c.get("resourceId")).longValue() == id)
                .map(c -> String.valueOf(c.get(field)))
                .toList();
    }

    /** Whether any change after the cursor is of this kind of record. */
    public static boolean anyOf(List<Map<String, Object>> changes, String resource) {
        return changes.stream().anyMatch(c -> resource.equals(c.get("resource")));
    }
}
