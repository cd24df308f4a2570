package app.chuangxian.branch;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Branch", description = "A grassroots organisation (基层组织)")
public record BranchView(
        @Schema(example = "12") long id,
        @Schema(example = "LS01") String code,
        @Schema(example = "民进离石区支部") String name,
        BranchKind kind,
        @Schema(example = "离石区第一中学") String workUnit,
        LocalDate establishedOn,
        @Schema(example = "28") int memberCount,
        @Schema(example = "张明") String chairName,
        @Schema(description = "Masked (138****5678) unless the caller is committee staff", example = "138****5678")
        String contactPhone,
        String contactEmail,
        @Schema(description = "The party organisation the branch liaises with (沟通协调机制)") String liaisonPartyOrg,
        String address,
        BranchStatus status,
        @Schema(description = "Optimistic-lock version; send it back on update", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static BranchView of(Branch b, boolean revealPhone) {
        return new BranchView(b.id, b.code, b.name, b.kind, b.workUnit, b.establishedOn, b.memberCount,
                b.chairName, revealPhone ? b.contactPhone : app.chuangxian.common.security.PhoneMask.mask(b.contactPhone),
                b.contactEmail, b.liaisonPartyOrg, b.address, b.status, b.version, b.createdAt, b.updatedAt);
    }
}
