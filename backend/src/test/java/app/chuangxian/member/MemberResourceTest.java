package app.chuangxian.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chuangxian.support.Parallel;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {
    static final String LIST = "/api/v1/branches/{b}/members";
    static final String ONE = LIST + "/{id}";
    static final String IMPORT = LIST + "/import";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> member(String name, String role) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("role", role);
        m.put("joinedOn", "2015-06-01");
        return m;
    }

    static long add(long branch, String token, String name, String role) {
        return ((Number) as(token)
                        .body(member(name, role))
                        .post(LIST, branch)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    /** An .xlsx workbook whose first row is the header; a LocalDate cell is written as a date-formatted cell. */
    static byte[] sheet(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名册");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response upload(String token, long branch, byte[] file, String name) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", name, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post(IMPORT, branch);
    }

    @Test
    void aBranchKeepsItsRegisterAndLeadershipReadsNamesMasked() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        long wang = add(branch, chair, "王建华", "CHAIR");
        add(branch, chair, "李明远", "VICE_CHAIR");
        add(branch, Tokens.admin(), "赵丽", "MEMBER");

        as(chair)
                .get(LIST, branch)
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body("items.name", containsInAnyOrder("李明远", "王建华", "赵丽"))
                .body("items.current", contains(true, true, true));
        as(chair).queryParam("sort", "role").get(LIST, branch).then().body("items.name", contains("王建华", "赵丽", "李明远"));
        as(chair).queryParam("q", "建").get(LIST, branch).then().body("items.name", contains("王建华"));
        as(chair).queryParam("role", "MEMBER").get(LIST, branch).then().body("items.name", contains("赵丽"));
        as(chair)
                .queryParam("sort", "-joinedOn")
                .queryParam("size", 2)
                .get(LIST, branch)
                .then()
                .body("items.size()", is(2))
                .body("total", is(3));
        as(Tokens.viewer())
                .get(LIST, branch)
                .then()
                .statusCode(200)
                .body("items.name", hasItem("王*华"))
                .body("items.name", hasItem("赵*"));

        // a member leaves: kept, no longer current; a stale version changes nothing
        Map<String, Object> left = member("王建华", "CHAIR");
        left.put("leftOn", "2026-01-31");
        left.put("version", 0);
        as(chair).body(left).put(ONE, branch, wang).then().statusCode(200).body("current", is(false));
        as(chair).body(left).put(ONE, branch, wang).then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        as(chair).queryParam("current", true).get(LIST, branch).then().body("total", is(2));
        as(chair).queryParam("current", false).get(LIST, branch).then().body("items.name", contains("王建华"));

        long mistake = add(branch, chair, "钱多多", "MEMBER");
        as(chair).queryParam("version", 0).delete(ONE, branch, mistake).then().statusCode(204);
        as(chair).get(ONE.replace("/{id}", ""), branch).then().body("total", is(3));
    }

    @Test
    void aBranchNeverReachesAnotherBranchsRegister() {
        long mine = Samples.branch();
        long theirs = Samples.branch();
        long theirMember = add(theirs, Tokens.branch(theirs), "周某", "MEMBER");
        String me = Tokens.branch(mine);
        Map<String, Object> change = member("改名", "MEMBER");
        change.put("version", 0);

        as(me).get(LIST, theirs).then().statusCode(404);
        as(me).body(member("张三", "MEMBER")).post(LIST, theirs).then().statusCode(404);
        as(me).body(change).put(ONE, theirs, theirMember).then().statusCode(404);
        as(me).queryParam("version", 0).delete(ONE, theirs, theirMember).then().statusCode(404);
        upload(me, theirs, sheet(List.of("姓名"), List.of(List.of("张三"))), "m.xlsx")
                .then()
                .statusCode(404);
        // the member of another branch through one's own branch's path is not found either
        as(me).body(change).put(ONE, mine, theirMember).then().statusCode(404);
        as(me).queryParam("version", 0).delete(ONE, mine, theirMember).then().statusCode(404);
        as(Tokens.branch(theirs)).get(LIST, theirs).then().body("items.name", contains("周某"));
    }

    @Test
    void badInputIsRefusedFieldByField() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        add(branch, chair, "王建华", "CHAIR");
        as(chair)
                .body(Map.of("role", "MEMBER"))
                .post(LIST, branch)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("fieldErrors.field", hasItem("name"));
        as(chair)
                .body(member("张".repeat(51), "MEMBER"))
                .post(LIST, branch)
                .then()
                .statusCode(400)
                .body("fieldErrors.field", hasItem("name"));
        as(chair).body(member("张三", "KING")).post(LIST, branch).then().statusCode(400);
        Map<String, Object> backwards = member("张三", "MEMBER");
        backwards.put("leftOn", "2010-01-01");
        as(chair)
                .body(backwards)
                .post(LIST, branch)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("leftOn"))
                .body("fieldErrors[0].reason", equalTo("NOT_BEFORE_START"));
        as(chair)
                .body(member("王建华", "MEMBER"))
                .post(LIST, branch)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("name"))
                .body("fieldErrors[0].code", equalTo("DUPLICATE"));
        as(chair).queryParam("sort", "secret").get(LIST, branch).then().statusCode(400);
    }

    @Test
    void aDoubleTapAddsOneMember() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        List<Integer> statuses = Parallel.run(
                4,
                i -> as(chair).body(member("孙志刚", "MEMBER")).post(LIST, branch).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
        as(chair).get(LIST, branch).then().body("total", is(1));
    }

    @Test
    void aSpreadsheetAddsTheRegisterOnceAndNamesEachBadRow() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        add(branch, chair, "王建华", "CHAIR");
        byte[] good = sheet(
                List.of("序号", "姓名", "职务", "入会日期"),
                List.of(
                        List.of("1", "王建华", "主委", LocalDate.of(2010, 3, 1)),
                        List.of("2", "李明远", "副主委", "2012/5/6"),
                        List.of("3", "赵丽华", "", "2018年9月1日"),
                        List.of("4", "孙志刚", "委员")));
        upload(chair, branch, good, "名册.xlsx")
                .then()
                .statusCode(200)
                .body("added", is(3))
                .body("skipped", is(1))
                .body("members.name", contains("李明远", "赵丽华", "孙志刚"))
                .body("members.role", contains("VICE_CHAIR", "MEMBER", "COMMITTEE"))
                .body("members.joinedOn", contains("2012-05-06", "2018-09-01", null));
        // the same sheet again (a retry): nobody twice
        upload(chair, branch, good, "名册.xlsx")
                .then()
                .statusCode(200)
                .body("added", is(0))
                .body("skipped", is(4));
        as(chair).get(LIST, branch).then().body("total", is(4));

        byte[] bad = sheet(
                List.of("姓名", "职务", "入会日期"),
                List.of(
                        List.of("周新", "会员", "2019-01-01"),
                        List.of("", "会员"),
                        List.of("吴某", "国王"),
                        List.of("郑某", "会员", "去年"),
                        List.of("周新", "会员")));
        upload(chair, branch, bad, "bad.xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("fieldErrors.field", contains("rows[3].name", "rows[4].role", "rows[5].joinedOn", "rows[6].name"))
                .body("fieldErrors.code", contains("REQUIRED", "INVALID", "FORMAT", "DUPLICATE"))
                .body("fieldErrors[1].reason", equalTo("ONE_OF"));
        as(chair).get(LIST, branch).then().body("total", is(4));
    }

    @Test
    void whatIsNotARegisterIsRefusedInWords() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        upload(chair, branch, "姓名\n张三\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "m.xlsx")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        upload(chair, branch, sheet(List.of("名字"), List.of(List.of("张三"))), "m.xlsx")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("file"));
        upload(chair, branch, sheet(List.of("姓名"), List.of()), "m.xlsx")
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("file"));
        given().auth()
                .oauth2(chair)
                .multiPart("other", "x")
                .post(IMPORT, branch)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("file"));
    }

    @Test
    void twoImportsAtOnceAddEachMemberOnce() {
        long branch = Samples.branch();
        String chair = Tokens.branch(branch);
        byte[] file = sheet(List.of("姓名"), List.of(List.of("甲一"), List.of("乙二"), List.of("丙三")));
        List<Integer> statuses =
                Parallel.run(3, i -> upload(chair, branch, file, "m.xlsx").statusCode());
        assertEquals(List.of(200, 200, 200), statuses);
        as(chair).get(LIST, branch).then().body("total", is(3));
    }
}
