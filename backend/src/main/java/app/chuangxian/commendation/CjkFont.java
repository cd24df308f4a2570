package app.chuangxian.commendation;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.ProblemTypes;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CJK TrueType font embedded in every PDF, so that Chinese text prints as text, never as boxes.
 * A missing font fails the PDF request with 503 instead of producing an unreadable document.
 */
@ApplicationScoped
public class CjkFont {
    private final String location;
    private volatile BaseFont font;

    @Inject
    public CjkFont(PdfSettings settings) {
        this(settings.cjkFont());
    }

    CjkFont(String location) {
        this.location = location;
    }

    public BaseFont baseFont() {
        BaseFont loaded = font;
        if (loaded == null) {
            loaded = load();
            font = loaded;
        }
        return loaded;
    }

    private BaseFont load() {
        String file = location.replaceFirst(",\\d+$", "");
        if (!Files.isReadable(Path.of(file))) {
            throw unavailable("The CJK font for PDF documents is not installed ("
                    + Path.of(file).getFileName() + ")");
        }
        // A .ttc holds several faces: the first one is used unless the setting names one ("file.ttc,1").
        String face = file.toLowerCase().endsWith(".ttc") && file.equals(location) ? location + ",0" : location;
        try {
            return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw unavailable("The CJK font for PDF documents cannot be read ("
                    + Path.of(file).getFileName() + ")");
        }
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(
                        503,
                        ProblemTypes.PDF_FONT_MISSING,
                        "PDF documents unavailable",
                        "PDF_FONT_MISSING",
                        detail,
                        null)
                .retryAfter(3600);
    }
}
