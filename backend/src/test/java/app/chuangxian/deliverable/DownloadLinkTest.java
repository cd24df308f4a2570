package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.AttachmentResourceTest.FILES;
import static app.chuangxian.deliverable.AttachmentResourceTest.pdf;
import static app.chuangxian.deliverable.AttachmentResourceTest.upload;
import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import app.chuangxian.common.download.DownloadLinks;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Download links: a plain URL that downloads one file with the caller's own access, and nothing else. */
@QuarkusTest
class DownloadLinkTest {
    static final String LINKS = "/api/v1/download-links";
    static final String PROBLEM = "application/problem+json";

    record Stored(World world, long deliverableId, long fileId, String path) {}

    static Stored storedPdf() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long fileId = ((Number) upload(w, w.branchA(), id, "方案.pdf", pdf(), null)
                        .statusCode(201)
                        .extract()
                        .path("attachment.id"))
                .longValue();
        String path =
                FILES.replace("{c}", String.valueOf(w.campaignId())).replace("{id}", String.valueOf(id)) + "/" + fileId;
        return new Stored(w, id, fileId, path);
    }

    static String link(String token, String path) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("path", path))
                .post(LINKS)
                .then()
                .statusCode(201)
                .body("expiresAt", notNullValue())
                .body("url", startsWith(path + "?download="))
                .extract()
                .path("url");
    }

    static String tokenOf(String url) {
        return url.substring(url.indexOf("download=") + "download=".length());
    }

    @Test
    void theLinkDownloadsTheFileWithoutAnAuthorizationHeader() {
        Stored s = storedPdf();
        String url = link(Tokens.branch(s.world().branchA()), s.path());
        byte[] body = given().urlEncodingEnabled(false)
                .get(url)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        assertArrayEquals(pdf(), body);
    }

    @Test
    void theLinkKeepsTheCallersOwnAccess() {
        Stored s = storedPdf();
        // Another branch may ask for a link, but following it is still "not found" for them.
        String url = link(Tokens.branch(s.world().branchB()), s.path());
        given().urlEncodingEnabled(false).get(url).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theLinkTokenWorksOnlyOnItsPathOnlyForReadingAndNeverAsABearerToken() {
        Stored s = storedPdf();
        String token = tokenOf(link(Tokens.admin(), s.path()));
        String other = FILES.replace("{c}", String.valueOf(s.world().campaignId()))
                        .replace("{id}", String.valueOf(s.deliverableId()))
                + "/" + (s.fileId() + 1000);
        given().urlEncodingEnabled(false)
                .get(other + "?download=" + token)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().auth().oauth2(token).get(s.path()).then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        // A write with the link's token does nothing.
        given().urlEncodingEnabled(false)
                .delete(s.path() + "?download=" + token)
                .then()
                .statusCode(401);
        given().auth().oauth2(Tokens.admin()).get(s.path()).then().statusCode(200);
    }

    @Test
    void expiredTamperedOrForeignTokensAreRefused() {
        Stored s = storedPdf();
        String token = tokenOf(link(Tokens.admin(), s.path()));
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().urlEncodingEnabled(false)
                .get(s.path() + "?download=" + tampered)
                .then()
                .statusCode(401);
        String expired = Jwt.upn("t-admin")
                .groups(Set.of("ADMIN"))
                .audience(DownloadLinks.AUDIENCE)
                .claim(DownloadLinks.PATH_CLAIM, s.path())
                .issuedAt(Instant.now().minusSeconds(600))
                .expiresAt(Instant.now().minusSeconds(300))
                .sign();
        given().urlEncodingEnabled(false)
                .get(s.path() + "?download=" + expired)
                .then()
                .statusCode(401);
        // An ordinary access token is not a link token either.
        given().urlEncodingEnabled(false)
                .get(s.path() + "?download=" + Tokens.admin())
                .then()
                .statusCode(401);
        String forged = Jwt.upn("t-branch")
                .groups(Set.of("BRANCH"))
                .claim(CurrentUser.BRANCH_CLAIM, s.world().branchA())
                .audience(DownloadLinks.AUDIENCE)
                .claim(DownloadLinks.PATH_CLAIM, s.path())
                .expiresIn(60)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new javax.crypto.spec.SecretKeySpec(
                        "an-attacker-chosen-secret-of-at-least-32-bytes"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "HmacSHA256"));
        given().urlEncodingEnabled(false)
                .get(s.path() + "?download=" + forged)
                .then()
                .statusCode(401);
    }

    @Test
    void onlyFilesOfThisApiGetLinks() {
        for (String path : new String[] {
            "/api/v1/accounts",
            "https://example.org/api/v1/exports/x.pdf",
            "/api/v1/exports/../accounts",
            "//example.org/api/v1/exports/x.pdf",
            "/api/v1/exports/x.pdf#top",
            "/api/v1/exports/x.pdf?download=abc",
            "/api/v1/campaigns/1/deliverables/2/attachments",
            "not a path"
        }) {
            given().auth()
                    .oauth2(Tokens.viewer())
                    .contentType("application/json")
                    .body(Map.of("path", path))
                    .post(LINKS)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("fieldErrors.field", hasItem("path"));
        }
        given().auth()
                .oauth2(Tokens.viewer())
                .contentType("application/json")
                .body("{}")
                .post(LINKS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("fieldErrors.field", hasItem("path"));
        given().auth()
                .oauth2(Tokens.viewer())
                .contentType("application/json")
                .body("{\"path\": ")
                .post(LINKS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType("application/json")
                .body(Map.of("path", "/api/v1/exports/x.pdf"))
                .post(LINKS)
                .then()
                .statusCode(401);
    }
}
