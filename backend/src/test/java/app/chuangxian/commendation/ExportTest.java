package app.chuangxian.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.campaign.ResultsStatus;
import app.chuangxian.common.export.Download;
import app.chuangxian.support.FixedClock;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {
    @Inject
    FakeResults results;

    @Inject
    FixedClock clock;

    @Inject
    RecordingExportRecorder recorder;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    CommendationFixture finalised() {
        CommendationFixture f = CommendationFixture.create(ResultsStatus.FINALISED, 4);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, true),
                        f.result(1, "92", "EXCELLENT", "优秀", 2, true),
                        f.result(2, "85", "GOOD", "良好", 3, true),
                        f.result(3, "80", "GOOD", "良好", 4, false)));
        return f;
    }

    static ExtractableResponse<Response> download(String token, String path, Object... params) {
        return given().auth().oauth2(token).get(path, params).then().extract();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u3000]+", "");
        }
    }

    static void assertDisposition(ExtractableResponse<Response> r, String ascii, String chinese) {
        String expected = "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(chinese, StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals(expected, r.header("Content-Disposition"));
    }

    @Test
    void scoreSheetCellsMatchTheResults() throws Exception {
        CommendationFixture f = finalised();
        var r = download(Tokens.admin(), "/api/v1/exports/campaigns/{c}/score-sheet.xlsx", f.campaignId);
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith(Download.XLSX));
        assertDisposition(r, "campaign-" + f.campaignId + "-scores.xlsx", f.title + "-成绩排名表.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = book.getSheet("成绩排名");
            List<String> header = List.of("排名", "基层组织", "学习好", "团结好", "活力强", "沟通强", "总分", "等次", "符合表彰条件", "不符合原因");
            for (int i = 0; i < header.size(); i++) {
                assertEquals(header.get(i), sheet.getRow(0).getCell(i).getStringCellValue());
            }
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(30 * 256, sheet.getColumnWidth(1));
            assertEquals(5, sheet.getPhysicalNumberOfRows());
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals(f.branchNames.get(0), first.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(23.75, first.getCell(2).getNumericCellValue());
            assertEquals(95.0, first.getCell(6).getNumericCellValue());
            assertEquals("优秀", first.getCell(7).getStringCellValue());
            assertEquals("是", first.getCell(8).getStringCellValue());
            Row last = sheet.getRow(4);
            assertEquals(f.branchNames.get(3), last.getCell(1).getStringCellValue());
            assertEquals(80.0, last.getCell(6).getNumericCellValue());
            assertEquals("否", last.getCell(8).getStringCellValue());
            assertEquals("年度内发生违纪情况", last.getCell(9).getStringCellValue());
        }
        assertTrue(
                recorder.exports().contains("SCORE_SHEET_XLSX|campaign " + f.campaignId + "|t-admin"),
                recorder.exports().toString());
        assertEquals(
                403,
                download(Tokens.viewer(), "/api/v1/exports/campaigns/{c}/score-sheet.xlsx", f.campaignId)
                        .statusCode());
    }

    @Test
    void tiesReadInTheRankingsOrderInTheSheetTheListAndItsPdf() throws Exception {
        // branches 1 and 2 tie at 90; the ranking placed 2 before 1 (its first standard scored higher),
        // the opposite of their names' order, so nothing may sort them by name
        CommendationFixture f = CommendationFixture.create(ResultsStatus.FINALISED, 3);
        results.put(
                f.campaignId,
                List.of(
                        f.result(0, "95", "EXCELLENT", "优秀", 1, 1, true),
                        f.result(2, "90", "EXCELLENT", "优秀", 2, 2, true),
                        f.result(1, "90", "EXCELLENT", "优秀", 2, 3, true)));
        List<String> expected = List.of(f.branchNames.get(0), f.branchNames.get(2), f.branchNames.get(1));

        var sheet = download(Tokens.admin(), "/api/v1/exports/campaigns/{c}/score-sheet.xlsx", f.campaignId);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.asByteArray()))) {
            Sheet rows = book.getSheet("成绩排名");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), rows.getRow(i + 1).getCell(1).getStringCellValue());
            }
        }
        long id = CommendationFlowTest.createList(f.campaignId, Map.of("basis", "TOP_N", "topN", 3));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/commendation-lists/{id}", id)
                .then()
                .body("entries.branchName", contains(expected.toArray()));
        String text = pdfText(download(Tokens.admin(), "/api/v1/exports/commendation-lists/{l}.pdf", id)
                .asByteArray());
        assertTrue(
                text.indexOf(expected.get(0)) < text.indexOf(expected.get(1))
                        && text.indexOf(expected.get(1)) < text.indexOf(expected.get(2)),
                text);
    }

    @Test
    void listCertificateAndFeedbackPdfsReadBackInChinese() throws Exception {
        CommendationFixture f = finalised();
        long id = CommendationFlowTest.createList(f.campaignId, Map.of("basis", "GRADE", "minGradeCode", "EXCELLENT"));
        long a = f.branchIds.get(0);
        clock.set(LocalDate.of(2010, 6, 1));
        CommendationFlowTest.post(
                        Tokens.admin(),
                        Map.of(
                                "startsOn",
                                "2010-06-01",
                                "endsOn",
                                "2010-06-07",
                                "text",
                                "现将拟表彰名单予以公示，接受监督",
                                "version",
                                CommendationFlowTest.version(id)),
                        "/api/v1/commendation-lists/{id}/notice",
                        id)
                .statusCode(200);
        // under notice the PDF is a notice, never a decision, with the announcement and its period
        String noticeCopy = pdfText(download(Tokens.admin(), "/api/v1/exports/commendation-lists/{l}.pdf", id)
                .asByteArray());
        assertTrue(noticeCopy.contains("拟表彰名单（公示）"), noticeCopy);
        assertTrue(noticeCopy.contains("公示名单，非表彰决定"), noticeCopy);
        assertTrue(noticeCopy.contains("现将拟表彰名单予以公示，接受监督"), noticeCopy);
        assertTrue(noticeCopy.contains("2010-06-01") && noticeCopy.contains("2010-06-07"), noticeCopy);
        long anon = objection(id, Map.of("branchId", a, "content", "匿名反映台账不全"));
        long named = objection(id, Map.of("branchId", a, "raisedBy", "王五", "content", "实名反映得分偏高"));
        for (long o : List.of(anon, named)) {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("handling", "核查", "outcome", "异议不成立", "version", 0))
                    .put("/api/v1/commendation-lists/{l}/objections/{o}", id, o)
                    .then()
                    .statusCode(200);
        }
        assertEquals(
                409,
                download(Tokens.admin(), "/api/v1/exports/commendation-lists/{l}/certificates/{b}.pdf", id, a)
                        .statusCode());
        clock.set(LocalDate.of(2010, 6, 8));
        CommendationFlowTest.post(
                        Tokens.admin(),
                        Map.of(
                                "resolutionNumber",
                                "民进吕梁市委〔2010〕3号",
                                "resolutionDate",
                                "2010-06-10",
                                "version",
                                CommendationFlowTest.version(id)),
                        "/api/v1/commendation-lists/{id}/approval",
                        id)
                .statusCode(200);

        var staffCopy = download(Tokens.admin(), "/api/v1/exports/commendation-lists/{l}.pdf", id);
        assertEquals(200, staffCopy.statusCode());
        assertTrue(staffCopy.contentType().startsWith("application/pdf"));
        assertDisposition(staffCopy, "commendation-list-" + id + ".pdf", f.title + "-表彰名单.pdf");
        String text = pdfText(staffCopy.asByteArray());
        assertTrue(text.contains(f.title + "表彰名单"), text);
        assertFalse(text.contains("公示名单，非表彰决定"), text);
        assertTrue(text.contains("民进吕梁市委〔2010〕3号"), text);
        assertTrue(text.contains(f.branchNames.get(0)) && text.contains(f.branchNames.get(1)), text);
        assertFalse(text.contains(f.branchNames.get(2)), text);
        assertTrue(text.contains("匿名" + f.branchNames.get(0) + "匿名反映台账不全异议不成立"), text);
        assertTrue(text.contains("王五" + f.branchNames.get(0) + "实名反映得分偏高异议不成立"), text);

        CommendationFlowTest.post(
                        Tokens.admin(),
                        Map.of("version", CommendationFlowTest.version(id)),
                        "/api/v1/commendation-lists/{id}/publication",
                        id)
                .statusCode(200);
        String viewerText = pdfText(download(Tokens.viewer(), "/api/v1/exports/commendation-lists/{l}.pdf", id)
                .asByteArray());
        assertTrue(viewerText.contains(f.branchNames.get(1)), viewerText);
        assertFalse(viewerText.contains("异议"), viewerText);

        var certificate =
                download(Tokens.branch(a), "/api/v1/exports/commendation-lists/{l}/certificates/{b}.pdf", id, a);
        assertEquals(200, certificate.statusCode());
        assertDisposition(certificate, "certificate-" + id + "-" + a + ".pdf", f.branchNames.get(0) + "-荣誉证书.pdf");
        String cert = pdfText(certificate.asByteArray());
        assertTrue(recorder.exports()
                .contains("CERTIFICATE_PDF|commendation list " + id + " branch " + a + "|t-branch-" + a));
        assertTrue(cert.contains("荣誉证书"), cert);
        assertTrue(cert.contains(f.branchNames.get(0) + "：在" + f.title + "中成绩突出，被评为先进基层组织。"), cert);
        assertTrue(cert.contains("中国民主促进会吕梁市委员会") && cert.contains("民进吕梁市委〔2010〕3号2010年6月10日"), cert);
        long b = f.branchIds.get(1);
        assertEquals(
                404,
                download(Tokens.branch(a), "/api/v1/exports/commendation-lists/{l}/certificates/{b}.pdf", id, b)
                        .statusCode());
        assertEquals(
                404,
                download(
                                Tokens.admin(),
                                "/api/v1/exports/commendation-lists/{l}/certificates/{b}.pdf",
                                id,
                                f.branchIds.get(2))
                        .statusCode());
    }

    @Test
    void feedbackPdfIsTheBranchsOwnAfterRelease() throws Exception {
        CommendationFixture f = finalised();
        results.remarks(
                f.campaignId,
                f.branchIds.get(0),
                List.of(
                        new AssessorRemark(
                                "STUDY", "理论学习", new BigDecimal("9"), BigDecimal.TEN, "坚持每月集中学习", "SCORESHEET"),
                        new AssessorRemark(
                                "UNITY", "班子团结", new BigDecimal("3"), BigDecimal.TEN, "班子会议记录缺失", "SCORESHEET")));
        FeedbackReportTest.draftAll(f, 4);
        long id = FeedbackReportTest.reportOf(f, 0);
        long own = f.branchIds.get(0);
        assertEquals(
                404,
                download(Tokens.branch(own), "/api/v1/exports/feedback-reports/{r}.pdf", id)
                        .statusCode());
        String draft = pdfText(download(Tokens.admin(), "/api/v1/exports/feedback-reports/{r}.pdf", id)
                .asByteArray());
        assertTrue(draft.contains(f.branchNames.get(0) + "反馈报告"), draft);
        FeedbackReportTest.release(id, 0).statusCode(200);
        var r = download(Tokens.branch(own), "/api/v1/exports/feedback-reports/{r}.pdf", id);
        assertEquals(200, r.statusCode());
        assertDisposition(r, "feedback-report-" + id + ".pdf", f.branchNames.get(0) + "-反馈报告.pdf");
        String text = pdfText(r.asByteArray());
        assertTrue(text.contains("学习好（得分23.75）"), text);
        assertTrue(text.contains("优势：理论学习：坚持每月集中学习"), text);
        assertTrue(text.contains("改进方向：班子团结：班子会议记录缺失"), text);
        assertTrue(text.contains("总分95.00等次优秀排名1"), text);
        assertEquals(
                404,
                download(Tokens.branch(f.branchIds.get(1)), "/api/v1/exports/feedback-reports/{r}.pdf", id)
                        .statusCode());
        assertEquals(
                200,
                download(Tokens.viewer(), "/api/v1/exports/feedback-reports/{r}.pdf", id)
                        .statusCode());
    }

    private static long objection(long listId, Map<String, Object> body) {
        return ((Number) CommendationFlowTest.post(
                                Tokens.admin(), body, "/api/v1/commendation-lists/{l}/objections", listId)
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
