package app.chuangxian.commendation;

import io.smallrye.config.ConfigMapping;

/** The documents' typesetting: the font file with the Chinese glyphs. */
@ConfigMapping(prefix = "app.pdf")
public interface PdfSettings {
    String cjkFont();
}
