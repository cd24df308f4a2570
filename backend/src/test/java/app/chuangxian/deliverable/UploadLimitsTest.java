package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.AttachmentResourceTest.FILES;
import static app.chuangxian.deliverable.AttachmentResourceTest.upload;
import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile uploads: zip bombs refused from the zip's directory alone, a file name with a bare line feed, one nosniff. */
@QuarkusTest
class UploadLimitsTest {
    @TestHTTPResource("/")
    URI root;

    /** A .docx whose document part declares (and would inflate to) {@code megabytes} of zeros. */
    static byte[] bomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    static byte[] manyParts(int parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/p" + i + ".xml"));
            }
        }
        return out.toByteArray();
    }

    private static int files(World w, long id) {
        return given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/deliverables/{id}", w.campaignId(), id)
                .then()
                .statusCode(200)
                .extract()
                .path("attachments.size()");
    }

    @Test
    void aZipBombIsRefusedFromItsDirectoryAndNothingIsStored() throws IOException {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        byte[] bomb = bomb(120);
        assertTrue(bomb.length < 262_144, "small on the wire: " + bomb.length);
        upload(w, w.branchA(), id, "总结.docx", bomb, null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("fieldErrors.field", hasItem("file"))
                .body("fieldErrors[0].message", org.hamcrest.Matchers.containsString("expand"));
        upload(w, w.branchA(), id, "附件.docx", manyParts(OfficeArchive.MAX_ENTRIES + 5), null)
                .statusCode(400)
                .body("fieldErrors[0].message", org.hamcrest.Matchers.containsString("parts"));
        assertEquals(0, files(w, id));
        upload(w, w.branchA(), id, "方案.docx", AttachmentResourceTest.docx(), null)
                .statusCode(201)
                .body("attachment.contentType", equalTo(FileKind.DOCX.contentType));
    }

    @Test
    void aFileNameWithABareLineFeedIsNoServerError() throws Exception {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        String boundary = "cxboundary7";
        byte[] pdf = AttachmentResourceTest.pdf();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evil\nname.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(root.resolve(
                                        "/api/v1/campaigns/" + w.campaignId() + "/deliverables/" + id + "/attachments"))
                                .header("Authorization", "Bearer " + Tokens.branch(w.branchA()))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("MALFORMED_MULTIPART"), answer.body());
        assertEquals(0, files(w, id));
    }

    @Test
    void aDownloadSaysNosniffOnce() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long fileId = ((Number) upload(w, w.branchA(), id, "a.pdf", AttachmentResourceTest.pdf(), null)
                        .statusCode(201)
                        .extract()
                        .path("attachment.id"))
                .longValue();
        var headers = given().auth()
                .oauth2(Tokens.admin())
                .get(FILES + "/{f}", w.campaignId(), id, fileId)
                .then()
                .statusCode(200)
                .extract()
                .headers();
        assertEquals(1, headers.getValues("X-Content-Type-Options").size(), headers.toString());
        given().auth()
                .oauth2(Tokens.admin())
                .get(FILES + "/{f}", w.campaignId(), id, fileId)
                .then()
                .header("X-Content-Type-Options", is("nosniff"));
    }
}
