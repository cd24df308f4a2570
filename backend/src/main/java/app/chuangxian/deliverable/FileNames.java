package app.chuangxian.deliverable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Safe stored file names and the Content-Disposition header that serves them. */
final class FileNames {
    static final int MAX_LENGTH = 150;

    private FileNames() {}

    /** The last path segment, without control or reserved characters, with the extension of the real kind. */
    static String sanitise(String original, FileKind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("^[.\\s]+", "").strip();
        if (stem.isEmpty()) {
            stem = "attachment";
        }
        if (stem.length() > MAX_LENGTH) {
            // never between the two halves of an emoji: half of one is stored as '?'
            stem = stem.substring(
                    0, Character.isHighSurrogate(stem.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
        }
        return stem + "." + kind.extension;
    }

    /** attachment; an ASCII fallback and the UTF-8 name per RFC 5987/6266. */
    static String contentDisposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
