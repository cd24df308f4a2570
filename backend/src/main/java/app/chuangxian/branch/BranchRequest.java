package app.chuangxian.branch;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BranchRequest", description = "The editable fields of a branch. On update, `version` is required.")
public record BranchRequest(
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "only letters, digits, '-' and '_'")
        @Schema(example = "LS01")
        String code,

        @NotBlank @Size(max = 100) @Schema(example = "民进离石区支部")
        String name,

        @NotNull BranchKind kind,
        @Size(max = 200) String workUnit,
        @PastOrPresent LocalDate establishedOn,
        @Min(0) @Max(100000) Integer memberCount,
        @Size(max = 50) String chairName,

        @Pattern(regexp = "^[0-9+\\- ]{5,20}$", message = "must be a phone number")
        String contactPhone,

        @Email @Size(max = 100) String contactEmail,
        @Size(max = 200) String liaisonPartyOrg,
        @Size(max = 200) String address,

        @Schema(
                description = "The organisation it belongs to, one the caller acts on; on create the caller's own"
                        + " when left out, on update unchanged when left out (a change moves the branch, history"
                        + " and all)",
                example = "3")
        Long organisationId,

        @Schema(description = "Required on update: the version you read")
        Long version) {}
