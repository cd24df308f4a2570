package app.chuangxian.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.chuangxian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every kind of bad token is refused with 401 problem+json; a good one opens the same operation. */
@QuarkusTest
class JwtNegativeTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @ConfigProperty(name = "app.jwt.public-key-file")
    String publicKeyFile;

    @ConfigProperty(name = "app.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "app.jwt.audience")
    String audience;

    private static void refused(String token) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/branches")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void theGoodTokenWorks() {
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/branches").then().statusCode(200);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = Tokens.viewer();
        char last = token.charAt(token.length() - 5);
        refused(token.substring(0, token.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + token.substring(token.length() - 4));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = Tokens.viewer().split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("VIEWER", "ADMIN");
        refused(parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant now = Instant.now();
        refused(Jwt.upn("old")
                .groups(Set.of("VIEWER"))
                .issuedAt(now.minusSeconds(7200))
                .expiresAt(now.minusSeconds(3600))
                .sign());
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        Instant now = Instant.now();
        refused(Jwt.upn("early")
                .groups(Set.of("VIEWER"))
                .claim("nbf", now.plusSeconds(3600).getEpochSecond())
                .expiresAt(now.plusSeconds(7200))
                .sign());
    }

    @Test
    void aWrongIssuerIsRefused() {
        refused(Jwt.upn("x")
                .issuer("https://someone-else.example")
                .groups(Set.of("VIEWER"))
                .sign());
    }

    @Test
    void aWrongAudienceIsRefused() {
        refused(Jwt.upn("x").audience("another-api").groups(Set.of("VIEWER")).sign());
    }

    @Test
    void aTokenWithoutGroupsIsRefused() {
        refused(Jwt.upn("nobody").sign());
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload().getBytes(StandardCharsets.UTF_8)) + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        byte[] secret = Files.readAllBytes(Path.of(publicKeyFile));
        String signingInput = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(payload().getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        refused(signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void garbageIsRefused() {
        refused("not-a-token");
    }

    /** Claims that would be accepted if the signature were good. */
    private String payload() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"upn\":\"forger\",\"sub\":\"forger\","
                + "\"groups\":[\"ADMIN\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}";
    }
}
