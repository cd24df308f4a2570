package app.chuangxian.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TotpEnrolment",
        description = "The secret to add to an authenticator app; confirm with a code to activate")
public record TotpEnrolmentView(
        @Schema(description = "Base32 secret") String secret,

        @Schema(example = "otpauth://totp/Chuangxian:admin?secret=...&issuer=Chuangxian")
        String otpauthUri) {}
