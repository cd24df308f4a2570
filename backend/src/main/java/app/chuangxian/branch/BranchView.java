package app.chuangxian.branch;

import app.chuangxian.organisation.OrganisationRef;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Branch", description = "A grassroots organisation (基层组织)")
public record BranchView(
        @Schema(example = "12") long id,
        @Schema(example = "LS01") String code,
        @Schema(example = "民进离石区支部") String name,
        BranchKind kind,
        @Schema(nullable = true, example = "离石区第一中学") String workUnit,
        @Schema(nullable = true) LocalDate establishedOn,
        @Schema(example = "28") int memberCount,
        @Schema(nullable = true, example = "张明") String chairName,

        @Schema(
                nullable = true,
                description = "Masked (138****5678) in lists, and to all but committee staff in the branch read on its"
                        + " own",
                example = "138****5678")
        String contactPhone,

        @Schema(
                nullable = true,
                description = "Masked (z***@example.org) as the phone is",
                example = "z***@example.org")
        String contactEmail,

        @Schema(nullable = true, description = "The party organisation the branch liaises with (沟通协调机制)")
        String liaisonPartyOrg,

        @Schema(nullable = true) String address,
        BranchStatus status,

        @Schema(description = "The organisation it belongs to")
        OrganisationRef organisation,

        @Schema(description = "Optimistic-lock version; send it back on update", example = "0")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    static BranchView of(Branch b, boolean revealPhone, OrganisationRef organisation) {
        return new BranchView(
                b.id,
                b.code,
                b.name,
                b.kind,
                b.workUnit,
                b.establishedOn,
                b.memberCount,
                b.chairName,
                revealPhone ? b.contactPhone : app.chuangxian.common.security.PhoneMask.mask(b.contactPhone),
                revealPhone ? b.contactEmail : app.chuangxian.common.security.PhoneMask.maskEmail(b.contactEmail),
                b.liaisonPartyOrg,
                b.address,
                b.status,
                organisation,
                b.version,
                b.createdAt,
                b.updatedAt);
    }
}
