package app.chuangxian.account;

import app.chuangxian.common.error.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Sign in and tokens")
public class AuthResource {

    @Inject
    TokenService tokens;

    @POST
    @Path("/token")
    @PermitAll
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "Signed in")
    @Operation(operationId = "createToken", summary = "Sign in", description = "Exchanges a username and password for an access token. "
            + "The error never says whether the username exists. Anyone may call it.")
    @APIResponse(responseCode = "401", description = "Wrong username or password", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@NotNull @Valid TokenRequest request) {
        return tokens.login(request);
    }
}
