package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The staff lists as spreadsheets, read back cell by cell: the branch register and the deliverable progress board. */
@QuarkusTest
class ListExportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Sheet read(String token, String path, Object... params) throws IOException {
        byte[] body = given().auth()
                .oauth2(token)
                .get(path, params)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Cache-Control", "no-store")
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            return book.getSheetAt(0);
        }
    }

    static List<String> header(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
        return titles;
    }

    /** Rows keyed by their first cell (the code). */
    static Map<String, Row> byCode(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i));
        }
        return rows;
    }

    static String code(long branchId) {
        return given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/branches/{id}", branchId)
                .then()
                .extract()
                .path("code");
    }

    @Test
    void theBranchRegisterHasEveryMatchingBranchWithNumbersAsNumbers() throws IOException {
        long id = Samples.branch();
        String code = code(id);
        Sheet sheet = read(Tokens.admin(), "/api/v1/exports/branches.xlsx?q={q}", code);
        assertEquals(
                List.of("代码", "名称", "类型", "工作单位", "成立日期", "会员数", "负责人", "联系电话", "电子邮箱", "联系的党组织", "地址", "状态", "所属组织"),
                header(sheet));
        assertEquals(1, sheet.getLastRowNum(), "the search narrows the export as it narrows the list");
        Row row = sheet.getRow(1);
        assertEquals(code, row.getCell(0).getStringCellValue());
        assertEquals("支部", row.getCell(2).getStringCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
        assertEquals(12, (int) row.getCell(5).getNumericCellValue());
        assertEquals("13812345678", row.getCell(7).getStringCellValue(), "staff see the full phone number");
        assertEquals("正常", row.getCell(11).getStringCellValue());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header is frozen");
    }

    @Test
    void aBranchAccountExportsOnlyItsOwnBranchWithTheContactPhoneMasked() throws IOException {
        long own = Samples.branch();
        Samples.branch();
        Sheet sheet = read(Tokens.branch(own), "/api/v1/exports/branches.xlsx");
        assertEquals(1, sheet.getLastRowNum());
        assertEquals(code(own), sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("138****5678", sheet.getRow(1).getCell(7).getStringCellValue());
        given().get("/api/v1/exports/branches.xlsx").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.auditor())
                .get("/api/v1/exports/branches.xlsx")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/exports/branches.xlsx?status=NOPE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theProgressBoardShowsEachRequiredDeliverablesStatePerBranch() throws IOException {
        World w = DeliverableFixture.world();
        draft(w, w.branchA(), w.plan(), planFields());
        Sheet sheet = read(Tokens.admin(), "/api/v1/exports/campaigns/{c}/progress.xlsx", w.campaignId());
        assertEquals(List.of("代码", "基层组织", "宣传动员·实施方案", "实施创建·活动总结", "未提交", "逾期"), header(sheet));
        Map<String, Row> rows = byCode(sheet);
        assertEquals(2, rows.size());
        Row a = rows.get(code(w.branchA()));
        assertEquals("草稿", a.getCell(2).getStringCellValue());
        assertEquals("未提交", a.getCell(3).getStringCellValue());
        assertEquals(1, (int) a.getCell(4).getNumericCellValue());
        assertEquals(0, (int) a.getCell(5).getNumericCellValue());
        Row b = rows.get(code(w.branchB()));
        assertEquals(2, (int) b.getCell(4).getNumericCellValue());
        Cell missing = b.getCell(2);
        assertTrue(missing.getStringCellValue().startsWith("未提交"));
    }

    @Test
    void aBranchGetsOnlyItsOwnProgressRowAndNothingOfACampaignItIsNotIn() throws IOException {
        World w = DeliverableFixture.world();
        Sheet sheet = read(Tokens.branch(w.branchB()), "/api/v1/exports/campaigns/{c}/progress.xlsx", w.campaignId());
        assertEquals(1, sheet.getLastRowNum());
        assertEquals(code(w.branchB()), sheet.getRow(1).getCell(0).getStringCellValue());
        given().auth()
                .oauth2(Tokens.branch(w.outsider()))
                .get("/api/v1/exports/campaigns/{c}/progress.xlsx", w.campaignId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/exports/campaigns/{c}/progress.xlsx", 987654321L)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/exports/campaigns/abc/progress.xlsx")
                .then()
                .statusCode(400);
    }

    @Test
    void aDownloadLinkOpensTheProgressBoardForTheCallerWhoAskedForIt() throws IOException {
        World w = DeliverableFixture.world();
        String path = "/api/v1/exports/campaigns/" + w.campaignId() + "/progress.xlsx";
        String url = DownloadLinkTest.link(Tokens.branch(w.branchA()), path);
        byte[] body = given().urlEncodingEnabled(false)
                .get(url)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertEquals(1, book.getSheetAt(0).getLastRowNum());
            assertEquals(
                    code(w.branchA()), book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
