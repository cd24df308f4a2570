package app.chuangxian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B vectors (SHA-1 seed "12345678901234567890") and the one-step window. */
class TotpTest {
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String SEED32 = Totp.encodeSecret(SEED);

    @Test
    void matchesTheRfcVectors() {
        assertEquals("94287082", Totp.code(SEED, 59 / 30, 8));
        assertEquals("07081804", Totp.code(SEED, 1111111109L / 30, 8));
        assertEquals("14050471", Totp.code(SEED, 1111111111L / 30, 8));
        assertEquals("89005924", Totp.code(SEED, 1234567890L / 30, 8));
        assertEquals("69279037", Totp.code(SEED, 2000000000L / 30, 8));
    }

    @Test
    void base32RoundTripsAndMatchesTheRfc4648Example() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", SEED32);
        assertEquals("MZXW6YTBOI", Totp.encodeSecret("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("foobar", new String(Totp.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        long t = 1111111109L;
        String code = Totp.codeAt(SEED32, t);
        assertEquals("081804", code);
        assertTrue(Totp.verify(SEED32, code, t));
        assertTrue(Totp.verify(SEED32, code, t + 30));
        assertTrue(Totp.verify(SEED32, code, t - 30));
        assertFalse(Totp.verify(SEED32, code, t + 60));
        assertFalse(Totp.verify(SEED32, code, t - 60));
        assertFalse(Totp.verify(SEED32, "12345", t));
        assertFalse(Totp.verify(SEED32, null, t));
        assertEquals(
                t / 30 + 1,
                Totp.matchingStep(SEED32, Totp.codeAt(SEED32, t + 30), t).getAsLong());
    }

    @Test
    void newSecretsAre160BitsAndTheUriNamesThem() {
        String secret = Totp.newSecret();
        assertEquals(20, Totp.decode(secret).length);
        assertEquals(
                "otpauth://totp/Chuangxian:admin?secret=" + secret
                        + "&issuer=Chuangxian&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri("Chuangxian", "admin", secret));
    }

    @Test
    void thePasswordPolicyWantsEightCharactersThreeClassesAndNothingGuessable() {
        assertTrue(PasswordPolicy.accepts("Temp@2026x"));
        assertTrue(PasswordPolicy.accepts("kx7!Rqv2mw"));
        assertFalse(PasswordPolicy.accepts("Kx7!Rqv"), "too short");
        assertFalse(PasswordPolicy.accepts("kx7rqv2mwz"), "two classes");
        for (String weak : new String[] {
            "Admin@123",
            "Passw0rd",
            "P@ssw0rd!",
            "aaaaaaA1",
            "Welcome1!",
            "Qwerty123!",
            "Woaini@1314",
            "MyPassword9",
            "Chuangxian#1"
        }) {
            assertFalse(PasswordPolicy.accepts(weak), weak + " is common");
        }
        assertFalse(PasswordPolicy.accepts("fenyang2026A1", "fenyang2026", "汾阳 张丽萍", "zhang.liping@example.org"));
        assertFalse(PasswordPolicy.accepts("Zhang.Liping9", "fy01", "张丽萍", "zhang.liping@example.org"));
        assertTrue(PasswordPolicy.accepts("Temp@2026x", "fenyang2026", "汾阳 张丽萍", "zhang.liping@example.org"));
        for (int i = 0; i < 20; i++) {
            assertTrue(PasswordPolicy.accepts(PasswordPolicy.temporary()));
        }
    }
}
