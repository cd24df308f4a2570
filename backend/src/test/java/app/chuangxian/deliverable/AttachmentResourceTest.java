package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static app.chuangxian.deliverable.DeliverableFixture.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentResourceTest {
    /** Browsers send file names in UTF-8. */
    static final io.restassured.config.RestAssuredConfig UTF8_NAMES = io.restassured.RestAssured.config()
            .multiPartConfig(
                    io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE));

    static final String FILES = "/api/v1/campaigns/{c}/deliverables/{id}/attachments";

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        byte[] b = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static io.restassured.response.ValidatableResponse upload(
            World w, long branch, long id, String name, byte[] data, String key) {
        var req = given().config(UTF8_NAMES)
                .auth()
                .oauth2(Tokens.branch(branch))
                .multiPart("file", name, data, "application/octet-stream");
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return req.post(FILES, w.campaignId(), id).then();
    }

    @Test
    void aPdfIsStoredAndServedWithItsAccess() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        var stored = upload(w, w.branchA(), id, "../../方案 终稿.pdf", pdf(), null)
                .statusCode(201)
                .body("attachment.fileName", equalTo("方案 终稿.pdf"))
                .body("attachment.contentType", equalTo("application/pdf"))
                .body("attachment.sizeBytes", is(pdf().length))
                .body("deliverableVersion", is(1))
                .extract();
        long fileId = ((Number) stored.path("attachment.id")).longValue();

        // an assessor reads the files of what was handed in, not of a draft
        given().auth()
                .oauth2(Tokens.assessor())
                .get(FILES + "/{f}", w.campaignId(), id, fileId)
                .then()
                .statusCode(404);
        DeliverableFixture.submit(w, w.branchA(), id);
        var download = given().auth()
                .oauth2(Tokens.assessor())
                .get(FILES + "/{f}", w.campaignId(), id, fileId)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''%E6%96%B9%E6%A1%88%20%E7%BB%88%E7%A8%BF.pdf"))
                .extract();
        assertArrayEquals(pdf(), download.asByteArray());
        given().auth()
                .oauth2(Tokens.branch(w.branchB()))
                .get(FILES + "/{f}", w.campaignId(), id, fileId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/deliverables/{id}", w.campaignId(), id)
                .then()
                .body("attachments.fileName", org.hamcrest.Matchers.contains("方案 终稿.pdf"));
    }

    @Test
    void imagesAndOfficeDocumentsAreRecognisedFromTheirContent() throws IOException {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        upload(w, w.branchA(), id, "photo.pdf", png(), null)
                .statusCode(201)
                .body("attachment.contentType", equalTo("image/png"))
                .body("attachment.fileName", equalTo("photo.png"));
        upload(w, w.branchA(), id, "plan.docx", docx(), null)
                .statusCode(201)
                .body("attachment.contentType", equalTo(FileKind.DOCX.contentType));
    }

    @Test
    void badOversizedAndSurplusFilesAreRefusedAndChangeNothing() throws IOException {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        byte[] exe = ("MZ" + "\0".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        upload(w, w.branchA(), id, "plan.pdf", exe, null)
                .statusCode(415)
                .body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("virus.exe"));
            z.write(exe);
        }
        upload(w, w.branchA(), id, "plan.docx", out.toByteArray(), null).statusCode(415);
        byte[] big = Arrays.copyOf(pdf(), 262144 + 1);
        upload(w, w.branchA(), id, "big.pdf", big, null).statusCode(413).body("code", equalTo("FILE_TOO_LARGE"));
        given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .multiPart("other", "x")
                .post(FILES, w.campaignId(), id)
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", equalTo("file"));
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/deliverables/{id}", w.campaignId(), id)
                .then()
                .body("attachments.size()", is(0))
                .body("version", is(0));

        for (int i = 0; i < 3; i++) {
            upload(w, w.branchA(), id, "p" + i + ".pdf", pdf(), null).statusCode(201);
        }
        upload(w, w.branchA(), id, "p4.pdf", pdf(), null).statusCode(409).body("code", equalTo("TOO_MANY_ATTACHMENTS"));
    }

    @Test
    void aRetriedUploadIsStoredOnce() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long first = ((Number) upload(w, w.branchA(), id, "a.pdf", pdf(), "up-" + id)
                        .statusCode(201)
                        .extract()
                        .path("attachment.id"))
                .longValue();
        upload(w, w.branchA(), id, "a.pdf", pdf(), "up-" + id).statusCode(200).body("attachment.id", is((int) first));
        upload(w, w.branchA(), id, "b.png", png(), "up-" + id).statusCode(422);
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{c}/deliverables/{id}", w.campaignId(), id)
                .then()
                .body("attachments.size()", is(1));
    }

    @Test
    void filesAreDeletedOnlyWhileEditableAndOnlyByTheirBranch() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long file = ((Number) upload(w, w.branchA(), id, "a.pdf", pdf(), null)
                        .statusCode(201)
                        .extract()
                        .path("attachment.id"))
                .longValue();
        given().auth()
                .oauth2(Tokens.branch(w.branchB()))
                .queryParam("version", 1)
                .delete(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("version", 1)
                .delete(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .queryParam("version", 0)
                .delete(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(409);
        DeliverableFixture.submit(w, w.branchA(), id);
        given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .queryParam("version", version(w, id))
                .delete(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERABLE_UNDER_REVIEW"));
        upload(w, w.branchA(), id, "b.pdf", pdf(), null).statusCode(409);
        DeliverableFixture.review(w, id, "return");
        given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .queryParam("version", version(w, id))
                .delete(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .get(FILES + "/{f}", w.campaignId(), id, file)
                .then()
                .statusCode(404);
    }
}
