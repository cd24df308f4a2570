package app.chuangxian.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send and read about a branch's member register. */
public final class MemberDtos {
    private MemberDtos() {}

    @Schema(name = "MemberRequest", description = "A member to add to the register or to change")
    public record Request(
            @NotBlank @Size(max = 50) @Schema(example = "王建华")
            String name,

            @NotNull @Schema(example = "MEMBER") MemberRole role,

            @Schema(nullable = true, description = "The day they joined the branch", example = "2015-06-01")
            LocalDate joinedOn,

            @Schema(nullable = true, description = "The day they left; empty while they belong")
            LocalDate leftOn,

            @Schema(nullable = true, description = "The version you read; required on update", example = "0")
            Long version) {}

    @Schema(name = "Member", description = "A member of a branch's register (成员名册)")
    public record View(
            long id,
            long branchId,

            @Schema(description = "The name; masked (王*华) for leadership, who see counts rather than people")
            String name,

            MemberRole role,

            @Schema(nullable = true, description = "The day they joined the branch")
            LocalDate joinedOn,

            @Schema(nullable = true, description = "The day they left; null while they belong")
            LocalDate leftOn,

            @Schema(description = "True while they belong to the branch (not left)")
            boolean current,

            long version,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "MemberImport", description = "What an import added to the register")
    public record ImportView(
            @Schema(description = "How many members were added", example = "23")
            int added,

            @Schema(
                    description = "Rows left out because they name a current member (a sheet sent again)",
                    example = "0")
            int skipped,

            @Schema(description = "The members added, in the order of the sheet's rows")
            List<View> members) {}
}
