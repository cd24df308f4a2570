package app.chuangxian.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or change an organisation. */
public final class OrganisationRequests {
    private OrganisationRequests() {}

    @Schema(name = "CreateOrganisation", description = "A new organisation under one the caller acts on")
    public record Create(
            @NotNull @Schema(description = "The organisation it belongs under", example = "2")
            Long parentId,

            @NotNull @Schema(description = "Lower than the parent's level")
            OrganisationLevel level,

            @NotBlank @Size(max = 100) @Schema(example = "民进吕梁市委员会")
            String name,

            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "only letters, digits, '-' and '_'")
            @Schema(description = "Unique in the whole tree", example = "SX-LL")
            String code) {}

    @Schema(name = "UpdateOrganisation", description = "The editable fields of an organisation")
    public record Update(
            @NotNull @Schema(description = "Lower than the parent's, higher than every child's")
            OrganisationLevel level,

            @NotBlank @Size(max = 100) String name,

            @NotBlank
            @Size(max = 32)
            @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "only letters, digits, '-' and '_'")
            String code,

            @Schema(description = "Required: the version you read")
            Long version) {}
}
