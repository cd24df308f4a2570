package app.chuangxian.deliverable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The file kinds a deliverable may carry, recognised from their first bytes (never from the name). */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    HEIC("image/heic", "heic"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public final String contentType;
    public final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The kind of the content, or empty when it is none we accept. */
    public static Optional<FileKind> detect(byte[] data, String fileName) {
        if (startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(data, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (isHeic(data)) {
            return Optional.of(HEIC);
        }
        if (startsWith(data, ZIP_MAGIC)) {
            return office(data);
        }
        if (startsWith(data, OLE2_MAGIC)) {
            // Legacy Word and Excel share the container; the name tells which (the content is the same kind either way)
            return Optional.of(fileName != null && fileName.toLowerCase().endsWith(".xls") ? XLS : DOC);
        }
        return Optional.empty();
    }

    private static boolean isHeic(byte[] d) {
        if (d.length < 12 || d[4] != 'f' || d[5] != 't' || d[6] != 'y' || d[7] != 'p') {
            return false;
        }
        String brand = new String(d, 8, 4, StandardCharsets.US_ASCII);
        return switch (brand) {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> true;
            default -> false;
        };
    }

    /**
     * A zip is an Office document only if it has the parts of one; any other zip is refused. Only the zip's central
     * directory is read, never an entry's content, so a zip bomb costs nothing to look at ({@link OfficeArchive}).
     */
    private static Optional<FileKind> office(byte[] data) {
        return OfficeArchive.kindOf(data);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
