package app.chuangxian.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A branch's campaign leading group (领导组), read and replaced as a whole under one group version. */
@Schema(
        name = "LeadingGroup",
        description = "A branch's leading group (领导组) in a campaign, in order. Exactly one "
                + "LEADER (组长) unless the list is empty. Phones are masked unless the caller is committee staff; sending a "
                + "masked phone back keeps the stored number of the member with that name.")
public record LeadingGroup(
        @Schema(readOnly = true) Long campaignId,
        @Schema(readOnly = true) Long branchId,
        @NotNull @Size(max = 30) List<@Valid Member> members,

        @Schema(description = "The group's version: required on replace; a stale one is 409", example = "0")
        Long version) {

    @Schema(name = "LeadingGroupMember", description = "A member of a leading group")
    public record Member(
            @NotBlank @Size(max = 50) @Schema(example = "王建华")
            String name,

            @NotNull @Schema(description = "LEADER 组长, DEPUTY 副组长, MEMBER 成员")
            LeadingGroupRole role,

            @Size(max = 100) @Schema(nullable = true, example = "支部主委")
            String position,

            @Size(max = 500) @Schema(nullable = true, example = "全面负责创建活动")
            String responsibility,

            @Pattern(regexp = "^[0-9+\\- *]{4,20}$", message = "must be a phone number")
            @Schema(nullable = true, example = "138****5678")
            String phone) {

        static Member of(LeadingGroupMember m, boolean revealPhone) {
            return new Member(
                    m.name,
                    m.role,
                    m.position,
                    m.responsibility,
                    revealPhone ? m.phone : app.chuangxian.common.security.PhoneMask.mask(m.phone));
        }
    }
}
