package app.chuangxian.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chuangxian.common.error.ApiException;
import org.junit.jupiter.api.Test;

class CjkFontTest {
    @Test
    void aMissingFontIs503NotBoxes() {
        ApiException e =
                assertThrows(ApiException.class, () -> new CjkFont("/nonexistent/fonts/missing.ttc").baseFont());
        assertEquals(503, e.status());
        assertEquals("PDF_FONT_MISSING", e.toProblem().code());
    }

    @Test
    void aFileThatIsNoFontIs503Too() throws Exception {
        var file = java.nio.file.Files.createTempFile("not-a-font", ".ttf");
        java.nio.file.Files.writeString(file, "plain text");
        ApiException e = assertThrows(ApiException.class, () -> new CjkFont(file.toString()).baseFont());
        assertEquals(503, e.status());
    }
}
