package app.chuangxian.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. These operations stay open while a password change or TOTP enrolment is pending. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The signed-in account: profile, password, second factor")
@SecurityRequirement(name = "bearerAuth")
@Authenticated
public class MeResource {
    @Inject
    SelfService self;

    @GET
    @APIResponseSchema(value = AccountView.class, responseDescription = "Your account")
    @Operation(
            operationId = "getMe",
            summary = "Get my account",
            description = "Roles: any signed-in account " + "(ADMIN, ASSESSOR, BRANCH, VIEWER, AUDITOR).")
    public AccountView me() {
        return self.me();
    }

    @GET
    @Path("/notification-settings")
    @APIResponseSchema(value = NotificationSettingsView.class, responseDescription = "Your message channels")
    @Operation(
            operationId = "getMyNotificationSettings",
            summary = "Where my messages reach me",
            description = "The channels besides the message centre (e-mail, SMS, 企业微信 and 钉钉 robots): which you"
                    + " chose and which this deployment set up, the language of the messages and the addresses they go"
                    + " to. Roles: any signed-in account.")
    public NotificationSettingsView notificationSettings() {
        return self.notificationSettings();
    }

    @PUT
    @Path("/notification-settings")
    @APIResponseSchema(value = NotificationSettingsView.class, responseDescription = "As stored")
    @Operation(
            operationId = "putMyNotificationSettings",
            summary = "Choose where my messages reach me",
            description = "Replaces the chosen channels, the language and the addresses, with the account's version"
                    + " (409 STALE_VERSION when it changed). A channel not set up here is 400 CHANNEL_OFF on"
                    + " channels[i]; a chosen channel without its address is 400 NEEDED_BY_CHANNEL on email or phone."
                    + " Roles: any signed-in account.")
    @APIResponse(responseCode = "409", description = "The account changed meanwhile")
    public NotificationSettingsView updateNotificationSettings(@NotNull @Valid NotificationSettingsRequest request) {
        return self.updateNotificationSettings(request);
    }

    @PUT
    @Path("/password")
    @APIResponse(responseCode = "204", description = "Changed; every refresh token of the account is revoked")
    @Operation(
            operationId = "changeMyPassword",
            summary = "Change my password",
            description = "Needs the current password; "
                    + "the new one must have at least 8 characters with 3 of lower case, upper case, digits and symbols. "
                    + "Signs the account out everywhere (sign in again). Roles: any signed-in account.")
    public void changePassword(@NotNull @Valid AccountRequests.PasswordChange request) {
        self.changePassword(request);
    }

    @POST
    @Path("/totp")
    @Consumes(MediaType.WILDCARD)
    @APIResponseSchema(value = TotpEnrolmentView.class, responseDescription = "The secret and otpauth:// URI")
    @Operation(
            operationId = "enrolTotp",
            summary = "Enrol a second factor",
            description = "Returns a new TOTP secret "
                    + "(RFC 6238, 30-second steps, 6 digits) and its otpauth:// URI for an authenticator app; it is active once "
                    + "confirmed. Roles: ADMIN, AUDITOR.")
    @APIResponse(responseCode = "409", description = "A second factor is already active")
    public TotpEnrolmentView enrolTotp() {
        return self.enrolTotp();
    }

    @POST
    @Path("/totp/confirm")
    @APIResponseSchema(value = AccountView.class, responseDescription = "Active; sign-in now asks for a code")
    @Operation(
            operationId = "confirmTotp",
            summary = "Confirm the second factor",
            description = "Activates the enrolled " + "secret with a current code. Roles: ADMIN, AUDITOR.")
    @APIResponse(responseCode = "409", description = "Not enrolled, or already active")
    public AccountView confirmTotp(AccountRequests.TotpConfirmation request) {
        return self.confirmTotp(request);
    }
}
