package app.chuangxian.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemporaryPassword", description = "The temporary password, shown only this once")
public record TemporaryPasswordView(String temporaryPassword, AccountView account) {}
