package app.chuangxian.organisation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "A committee of the tree (会中央, 会省委, 会市委, 县区委)")
public record OrganisationView(
        @Schema(example = "3") long id,

        @Schema(nullable = true, description = "The organisation above; null at the root", example = "2")
        Long parentId,

        OrganisationLevel level,
        @Schema(example = "民进吕梁市委员会") String name,
        @Schema(example = "SX-LL") String code,

        @Schema(description = "0 at the root", example = "2")
        int depth,

        @Schema(description = "Organisations directly under it", example = "0")
        long childCount,

        @Schema(description = "Branches in it and in every organisation below it", example = "12")
        long branchCount,

        @Schema(description = "Optimistic-lock version; send it back on update", example = "0")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    static OrganisationView of(Organisation o, long childCount, long branchCount) {
        return new OrganisationView(
                o.id,
                o.parentId,
                o.level,
                o.name,
                o.code,
                o.depth,
                childCount,
                branchCount,
                o.version,
                o.createdAt,
                o.updatedAt);
    }
}
