package app.chuangxian.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

/**
 * RFC 6238 time-based one-time passwords: HMAC-SHA1, 30-second steps, 6 digits, one step either side accepted.
 * Base32 and HMAC come from commons-codec; {@link #matchingStep} tells which step matched so that the caller can
 * accept each step only once (see {@link Account#useTotpStep}).
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {}

    /** A new 160-bit secret, Base32 without padding as authenticator apps expect it. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return BASE32.encodeAsString(key).replace("=", "");
    }

    public static String otpauthUri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The step (of {@code epochSeconds} or one either side) whose code this is; empty when none matches. */
    public static OptionalLong matchingStep(String base32Secret, String code, long epochSeconds) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] key = decode(base32Secret);
        long step = epochSeconds / STEP_SECONDS;
        long matched = -1;
        for (long s = step - 1; s <= step + 1; s++) {
            // compare all three in constant time; a later step wins so that replay protection is strictest
            if (MessageDigest.isEqual(
                    code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                matched = s;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    public static boolean verify(String base32Secret, String code, long epochSeconds) {
        return matchingStep(base32Secret, code, epochSeconds).isPresent();
    }

    public static String codeAt(String base32Secret, long epochSeconds) {
        return code(decode(base32Secret), epochSeconds / STEP_SECONDS, DIGITS);
    }

    static byte[] decode(String base32Secret) {
        return BASE32.decode(base32Secret.toUpperCase());
    }

    static String encodeSecret(byte[] key) {
        return BASE32.encodeAsString(key).replace("=", "");
    }

    /** The HOTP value (RFC 4226) of a counter. */
    static String code(byte[] key, long counter, int digits) {
        byte[] hash = new HmacUtils(HmacAlgorithms.HMAC_SHA_1, key)
                .hmac(ByteBuffer.allocate(8).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", otp);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
