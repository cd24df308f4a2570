package app.chuangxian.common.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Creates the RS256 key pair on first start of a self-contained installation (kept in the data folder).
 * Production mounts its own PEM files and sets JWT_GENERATE_KEYS=false.
 */
@ApplicationScoped
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @Inject
    JwtSettings jwt;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Path privatePath = Path.of(jwt.privateKeyFile());
        Path publicPath = Path.of(jwt.publicKeyFile());
        if (Files.exists(privatePath) && Files.exists(publicPath)) {
            return;
        }
        if (!jwt.generateKeys()) {
            throw new IllegalStateException("JWT key files are missing: " + privatePath + ", " + publicPath
                    + " (set JWT_PRIVATE_KEY_FILE and JWT_PUBLIC_KEY_FILE, or JWT_GENERATE_KEYS=true)");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            write(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            LOG.infof(
                    "Generated a new JWT signing key pair in %s",
                    privatePath.toAbsolutePath().getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void write(Path path, String content, boolean secret) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, content, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the folder's own permissions apply
            }
        }
    }
}
