package app.chuangxian.deliverable;

import app.chuangxian.common.error.ApiException;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Recognises Word, Excel and PowerPoint files (zip containers) from their central directory alone. Nothing is
 * inflated: an archive with too many entries, or whose entries would expand past {@link #MAX_EXPANDED_BYTES} in
 * total or by more than {@link #MAX_RATIO} times (a zip bomb), is refused from the sizes it declares. The server never
 * opens the entries afterwards either; a reader that does checks the real sizes against the declared ones.
 */
final class OfficeArchive {
    static final int MAX_ENTRIES = 1000;
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Small entries compress very well (repeated XML) without being a threat; the ratio applies above this. */
    private static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    private OfficeArchive() {}

    static Optional<FileKind> kindOf(byte[] data) {
        boolean contentTypes = false;
        FileKind kind = null;
        long expanded = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(data))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("has more than " + MAX_ENTRIES + " parts");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    throw refused("does not declare the sizes of its parts");
                }
                expanded += size;
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw refused(
                            "would expand to more than " + MAX_EXPANDED_BYTES / (1024 * 1024) + " MB when opened");
                }
                if (size > RATIO_FLOOR_BYTES && size > compressed * MAX_RATIO) {
                    throw refused("has a part that would expand " + size / Math.max(1, compressed) + " times");
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = FileKind.DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = FileKind.XLSX;
                } else if (name.startsWith("ppt/")) {
                    kind = FileKind.PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && kind != null ? Optional.of(kind) : Optional.empty();
    }

    private static ApiException refused(String why) {
        return ApiException.invalidField("file", "is refused: the Office file " + why);
    }
}
