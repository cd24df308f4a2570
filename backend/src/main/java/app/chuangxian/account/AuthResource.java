package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@SecurityScheme(
        securitySchemeName = "clientCredentials",
        type = SecuritySchemeType.OAUTH2,
        description = "Third-party systems: POST grant_type=client_credentials to /api/v1/auth/client-token, "
                + "authenticating with HTTP Basic (client_id:client_secret) or the client_id and client_secret form fields, "
                + "and send the returned access_token as a Bearer token. `read` reads like VIEWER; `deliverables:write` acts as a "
                + "BRANCH account of the client's branch, on deliverables only; `audit:read` lists audit events; "
                + "`webhooks:manage` registers and manages the webhooks of the client's organisation.",
        flows =
                @OAuthFlows(
                        clientCredentials =
                                @OAuthFlow(
                                        tokenUrl = "/api/v1/auth/client-token",
                                        scopes = {
                                            @OAuthScope(name = "read", description = "Read what a VIEWER may read"),
                                            @OAuthScope(
                                                    name = "deliverables:write",
                                                    description =
                                                            "Read and submit the deliverables of the client's branch"),
                                            @OAuthScope(name = "audit:read", description = "List audit events"),
                                            @OAuthScope(
                                                    name = "webhooks:manage",
                                                    description = "Register and manage the webhooks of the client's"
                                                            + " organisation")
                                        })))
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Sign in, refresh, sign out and client tokens")
public class AuthResource {
    private static final String PROBLEM = "application/problem+json";

    /** Browsers keep the refresh token here: HttpOnly (no script reads it), sent only to the refresh operation. */
    static final String REFRESH_COOKIE = "cx_refresh";

    static final String REFRESH_PATH = "/api/v1/auth/refresh";

    @Inject
    TokenService tokens;

    @Inject
    SessionService sessions;

    @Context
    UriInfo uri;

    @Inject
    CurrentUser user;

    @POST
    @Path("/token")
    @PermitAll
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "Signed in")
    @Operation(
            operationId = "createToken",
            summary = "Sign in",
            description = "Exchanges a username and password (and the "
                    + "TOTP code once enrolled) for an access token and a refresh token. The error never says whether the "
                    + "username exists. After repeated failures the account is locked for a while and the address is "
                    + "throttled. Anyone may call it (PUBLIC).")
    @APIResponse(
            responseCode = "401",
            description = "Wrong username, password or code; or the code is missing (OTP_REQUIRED)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed sign-ins from this address",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response token(@NotNull @Valid TokenRequest request) {
        return answer(tokens.login(request), request.wantsCookie());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "New access and refresh tokens")
    @Operation(
            operationId = "refreshToken",
            summary = "Refresh the tokens",
            description = "Rotates the refresh token: the "
                    + "one sent is used up. Sending a used token again revokes the whole sign-in (both holders must sign in "
                    + "again), unless it comes within seconds of its rotation: that request lost a race with a parallel one "
                    + "(409 REFRESH_IN_PROGRESS) and nothing is revoked. Of parallel refreshes of one token exactly one "
                    + "succeeds. Send the token in the body, or (browsers) let the HttpOnly cookie set at sign-in carry it: the "
                    + "answer then renews the cookie and leaves the body's refreshToken empty. A refresh token expires after the "
                    + "configured idle time. Anyone holding a refresh token may call it (PUBLIC).")
    @APIResponse(
            responseCode = "401",
            description = "Invalid, expired or reused refresh token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The token was used by a parallel request a moment ago (REFRESH_IN_PROGRESS)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response refresh(
            @Valid RefreshRequest request, @CookieParam(REFRESH_COOKIE) @Parameter(hidden = true) String cookie) {
        String sent = request == null ? null : request.refreshToken();
        boolean fromCookie = sent == null || sent.isBlank();
        String presented = fromCookie ? cookie : sent.trim();
        if (presented == null || presented.isBlank()) {
            throw ApiException.invalidField("refreshToken", "is required, in the body or as the refresh cookie");
        }
        return answer(sessions.refresh(presented.trim()), fromCookie);
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Signed out")
    @Operation(
            operationId = "logout",
            summary = "Sign out",
            description = "Ends the sign-in of the refresh token sent, "
                    + "or else the caller's own sign-in; with `everywhere` every sign-in of the account. The access tokens of "
                    + "an ended sign-in are refused from the next request, and the refresh cookie is cleared. Allowed while a "
                    + "password change is pending. Roles: any signed-in account.")
    public Response logout(LogoutRequest request) {
        // a client token has no sign-in to end: it simply expires
        user.accountId()
                .ifPresent(id -> sessions.logout(
                        request == null ? null : request.refreshToken(),
                        id,
                        user.sessionId().orElse(null),
                        request != null && Boolean.TRUE.equals(request.everywhere())));
        return Response.noContent().cookie(refreshCookie("", 0)).build();
    }

    @Schema(
            name = "LogoutRequest",
            description = "The sign-in to end: the one of this refresh token, or else the "
                    + "caller's own; `everywhere` ends every sign-in of the account")
    public record LogoutRequest(
            @Schema(nullable = true) @Size(max = 100) String refreshToken,

            @Schema(nullable = true, description = "End every sign-in of the account")
            Boolean everywhere) {}

    /** The tokens as JSON; for browsers the refresh token goes into its cookie instead of the body. */
    private Response answer(TokenResponse tokens, boolean cookie) {
        if (!cookie) {
            return Response.ok(tokens).build();
        }
        return Response.ok(tokens.withoutRefreshToken())
                .cookie(refreshCookie(tokens.refreshToken(), (int) tokens.refreshExpiresIn()))
                .build();
    }

    private NewCookie refreshCookie(String value, int maxAge) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(REFRESH_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
