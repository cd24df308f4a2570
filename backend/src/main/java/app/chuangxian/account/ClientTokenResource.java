package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The OAuth 2 token endpoint of the client-credentials grant, as OAuth 2 client libraries expect it (RFC 6749): the
 * client authenticates with HTTP Basic or with form fields, and a refusal is the RFC's JSON error, which also carries
 * the problem members every other error of the API has.
 */
@Path("/api/v1/auth/client-token")
@Tag(name = "Authentication")
public class ClientTokenResource {
    @Inject
    ClientTokenService clientTokens;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = ClientTokenResponse.class, responseDescription = "A token carrying the client's scopes")
    @Operation(
            operationId = "createClientToken",
            summary = "Client-credentials token",
            description = "OAuth 2 "
                    + "client-credentials grant (RFC 6749 §4.4) for registered third-party systems: form field "
                    + "grant_type=client_credentials and optionally scope (a subset of the client's scopes); the client "
                    + "authenticates with HTTP Basic (`Authorization: Basic` of client_id:client_secret, each form-encoded) or "
                    + "with the form fields client_id and client_secret, not both. Scope `read` reads like VIEWER; "
                    + "`deliverables:write` acts as a BRANCH account of the client's branch on deliverables only; `audit:read` "
                    + "lists audit events. Refusals are RFC 6749 §5.2 errors (`error`, `error_description`) with the problem "
                    + "members beside them. Anyone may call it (PUBLIC).")
    @APIResponse(
            responseCode = "400",
            description = "invalid_request, invalid_scope or unsupported_grant_type",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenError.class)))
    @APIResponse(
            responseCode = "401",
            description = "invalid_client: unknown client, wrong secret or disabled client",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenError.class)))
    public ClientTokenResponse clientToken(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("scope") String scope,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (clientSecret != null && !clientSecret.isBlank()) {
                throw ApiException.badRequest(
                        "INVALID_REQUEST",
                        "Authenticate the client once: with HTTP Basic or with client_secret, not both");
            }
            String[] basic = basic(authorization.substring(6).trim());
            if (clientId != null && !clientId.isBlank() && !clientId.trim().equals(basic[0])) {
                throw ApiException.badRequest("INVALID_REQUEST", "client_id differs from the client of HTTP Basic");
            }
            return clientTokens.grant(grantType, basic[0], basic[1], scope);
        }
        return clientTokens.grant(grantType, clientId, clientSecret, scope);
    }

    /** RFC 6749 §2.3.1: base64 of client_id ":" client_secret, each form-encoded. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
                };
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not form-encoded: refused below like a wrong secret
        }
        throw ApiException.unauthorized("INVALID_CLIENT", "The HTTP Basic credentials cannot be read");
    }

    /** Every refusal of this endpoint, in the RFC 6749 shape (this resource only; the rest of the API answers problems). */
    @ServerExceptionMapper
    public Response refuse(ApiException e) {
        TokenError error = TokenError.of(e.toProblem());
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error)
                .header("Pragma", "no-cache");
        if (error.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"chuangxian\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    static String errorOf(String code, String firstField) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "INVALID_CLIENT" -> "invalid_client";
            case "UNSUPPORTED_GRANT_TYPE" -> "unsupported_grant_type";
            case "VALIDATION_FAILED" -> "scope".equals(firstField) ? "invalid_scope" : "invalid_request";
            default -> "invalid_request";
        };
    }
}
