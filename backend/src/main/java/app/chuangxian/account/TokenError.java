package app.chuangxian.account;

import app.chuangxian.common.error.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2 token error (RFC 6749 §5.2) that is also a problem (RFC 9457) like every other error of the API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "TokenError",
        description = "RFC 6749 §5.2 error of the token endpoint, with the problem members",
        requiredProperties = {"error", "type", "title", "status", "code"})
public record TokenError(
        @Schema(
                description = "RFC 6749 error code",
                example = "invalid_client",
                enumeration = {
                    "invalid_request",
                    "invalid_client",
                    "invalid_grant",
                    "unauthorized_client",
                    "unsupported_grant_type",
                    "invalid_scope"
                })
        String error,

        @JsonProperty("error_description")
        @Schema(
                description = "What went wrong, for the developer",
                example = "The client id or secret is wrong, or the client is disabled")
        String errorDescription,

        @Schema(description = "Problem type URI", example = "/api/problems/unauthorized")
        String type,

        @Schema(example = "Unauthorized") String title,
        @Schema(example = "401") int status,

        @Schema(example = "The client id or secret is wrong, or the client is disabled")
        String detail,

        @Schema(description = "The problem code (see Problem)", example = "INVALID_CLIENT")
        String code,

        List<Problem.FieldError> fieldErrors) {

    static TokenError of(Problem p) {
        String field = p.fieldErrors() == null || p.fieldErrors().isEmpty()
                ? null
                : p.fieldErrors().get(0).field();
        return new TokenError(
                ClientTokenResource.errorOf(p.code(), field),
                p.detail(),
                p.type(),
                p.title(),
                p.status(),
                p.detail(),
                p.code(),
                p.fieldErrors());
    }
}
