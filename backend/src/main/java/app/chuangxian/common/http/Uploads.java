package app.chuangxian.common.http;

import app.chuangxian.common.error.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A file sent as the multipart part {@code file} (its size is bounded by the server before it is read). */
public final class Uploads {
    private Uploads() {}

    /** The part itself; 400 naming {@code file} when the request has none. */
    public static FileUpload requirePart(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalidField("file", "is required (a multipart part named 'file')");
        }
        return file;
    }

    /** The file's bytes, read whole. */
    public static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
