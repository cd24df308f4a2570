package app.chuangxian.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every error response has this body.")
public record Problem(
        @Schema(description = "Stable URI of the problem type", example = ProblemTypes.VALIDATION) String type,
        @Schema(description = "Short summary of the problem type", example = "Validation failed") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong in this request", example = "2 fields are invalid") String detail,
        @Schema(description = "Machine-readable error code", example = "VALIDATION_FAILED") String code,
        @Schema(description = "The offending fields, for validation problems") List<FieldError> fieldErrors) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request", example = "name") String field,
            @Schema(description = "What is wrong with it", example = "must not be blank") String message) {}
}
