package app.chuangxian.deliverable;

import static app.chuangxian.deliverable.AttachmentResourceTest.FILES;
import static app.chuangxian.deliverable.AttachmentResourceTest.pdf;
import static app.chuangxian.deliverable.AttachmentResourceTest.upload;
import static app.chuangxian.deliverable.DeliverableFixture.draft;
import static app.chuangxian.deliverable.DeliverableFixture.planFields;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.deliverable.DeliverableFixture.World;
import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentThumbnailTest {
    static final String THUMBNAIL = FILES + "/{f}/thumbnail";

    /** A picture with a gradient (so that scaling has something to blend), in the given format. */
    static byte[] picture(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.RED, width, height, new Color(0, 0, 255, 128)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "a writer for " + format);
        return out.toByteArray();
    }

    /** A PNG whose header claims 20000 × 20000 pixels (400 megapixels) but carries almost no data. */
    static byte[] bomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(20000)
                        .putInt(20000)
                        .put((byte) 8)
                        .put((byte) 2)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static long fileId(World w, long deliverable, String name, byte[] data) {
        return ((Number) upload(w, w.branchA(), deliverable, name, data, null)
                        .statusCode(201)
                        .extract()
                        .path("attachment.id"))
                .longValue();
    }

    static BufferedImage read(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertTrue(image != null, "the thumbnail is a picture");
        return image;
    }

    @Test
    void aPngOrJpegPhotoGetsASmallerJpegThatKeepsItsProportions() throws IOException {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        byte[] landscape = picture("png", 800, 600, BufferedImage.TYPE_INT_ARGB);
        byte[] portrait = picture("jpeg", 300, 1000, BufferedImage.TYPE_INT_RGB);
        byte[] small = picture("png", 120, 80, BufferedImage.TYPE_INT_RGB);
        long png = fileId(w, id, "会场.png", landscape);
        long jpg = fileId(w, id, "签到表.jpg", portrait);
        long tiny = fileId(w, id, "合影.png", small);
        // handed in: readers other than the branch (an assessor among them) never see a draft
        DeliverableFixture.submit(w, w.branchA(), id);

        var answer = given().auth()
                .oauth2(Tokens.viewer())
                .get(THUMBNAIL, w.campaignId(), id, png)
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", containsString("private"))
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", not(containsString("no-store")))
                .header("ETag", not(emptyOrNullString()))
                .header("Content-Disposition", emptyOrNullString())
                .extract();
        byte[] thumb = answer.asByteArray();
        assertTrue(thumb.length < landscape.length, thumb.length + " bytes, the PNG " + landscape.length);
        assertEquals(0xFFD8, ((thumb[0] & 0xFF) << 8) | (thumb[1] & 0xFF), "JPEG bytes");
        BufferedImage scaled = read(thumb);
        assertEquals(320, scaled.getWidth());
        assertEquals(240, scaled.getHeight());
        // the gradient runs from red at the top left towards half-transparent blue: transparency is laid on white
        Color corner = new Color(scaled.getRGB(2, 2));
        assertTrue(corner.getRed() > 200 && corner.getBlue() < 60, "red at the top left: " + corner);

        BufferedImage tall = read(given().auth()
                .oauth2(Tokens.assessor())
                .get(THUMBNAIL, w.campaignId(), id, jpg)
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .extract()
                .asByteArray());
        assertEquals(96, tall.getWidth());
        assertEquals(320, tall.getHeight());

        // a small picture is not enlarged
        BufferedImage same = read(given().auth()
                .oauth2(Tokens.branch(w.branchA()))
                .get(THUMBNAIL, w.campaignId(), id, tiny)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertEquals(120, same.getWidth());
        assertEquals(80, same.getHeight());

        // the browser asks again with the tag and gets a 304 without the picture
        String etag = answer.header("ETag");
        given().auth()
                .oauth2(Tokens.admin())
                .header("If-None-Match", etag)
                .get(THUMBNAIL, w.campaignId(), id, png)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyOrNullString());
        given().auth()
                .oauth2(Tokens.admin())
                .header("If-None-Match", etag)
                .get(THUMBNAIL, w.campaignId(), id, jpg)
                .then()
                .statusCode(200);
        // the file itself is still never stored by the browser
        given().auth()
                .oauth2(Tokens.admin())
                .get(FILES + "/{f}", w.campaignId(), id, png)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void aDocumentAnUnreadablePictureOrAHugeOneHasNoThumbnail() {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long document = fileId(w, id, "方案.pdf", pdf());
        long broken = fileId(w, id, "坏图.png", AttachmentResourceTest.png());
        long huge = fileId(w, id, "巨图.png", bomb());
        for (long file : new long[] {document, broken, huge}) {
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(THUMBNAIL, w.campaignId(), id, file)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("NO_THUMBNAIL"));
        }
        given().auth()
                .oauth2(Tokens.admin())
                .get(THUMBNAIL, w.campaignId(), id, huge)
                .then()
                .body("detail", containsString("20000 × 20000"));
        // the files themselves still download
        given().auth()
                .oauth2(Tokens.admin())
                .get(FILES + "/{f}", w.campaignId(), id, huge)
                .then()
                .statusCode(200);
    }

    @Test
    void anotherBranchSeesNoThumbnailAndAnAnonymousCallerIsAskedToSignIn() throws IOException {
        World w = DeliverableFixture.world();
        long id = draft(w, w.branchA(), w.plan(), planFields());
        long png = fileId(w, id, "会场.png", picture("png", 400, 400, BufferedImage.TYPE_INT_RGB));
        given().auth()
                .oauth2(Tokens.branch(w.branchB()))
                .get(THUMBNAIL, w.campaignId(), id, png)
                .then()
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().get(THUMBNAIL, w.campaignId(), id, png).then().statusCode(401);
        // an attachment of another deliverable is not reached through this one
        long other = draft(w, w.branchB(), w.plan(), planFields());
        given().auth()
                .oauth2(Tokens.admin())
                .get(THUMBNAIL, w.campaignId(), other, png)
                .then()
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }
}
