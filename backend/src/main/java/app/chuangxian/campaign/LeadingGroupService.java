package app.chuangxian.campaign;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.PhoneMask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A leading group has exactly one LEADER (组长); it is replaced as a whole, guarded by the group's version. */
@ApplicationScoped
public class LeadingGroupService {
    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    public LeadingGroup get(long campaignId, long branchId) {
        access.visible(campaignId);
        return view(participation(campaignId, branchId, false));
    }

    @Transactional
    public LeadingGroup replace(long campaignId, long branchId, LeadingGroup request) {
        access.visible(campaignId);
        Participation p = participation(campaignId, branchId, true);
        Versions.check(p.leadingGroupVersion, request.version(), "The leading group", Versions.REQUIRED_ON_UPDATE);
        List<LeadingGroupMember> old = members(campaignId, branchId);
        List<LeadingGroupMember> replacement = check(request.members(), old);
        LeadingGroupMember.delete("campaignId = ?1 and branchId = ?2", campaignId, branchId);
        int seq = 0;
        for (LeadingGroupMember m : replacement) {
            m.campaignId = campaignId;
            m.branchId = branchId;
            m.seq = ++seq;
            m.persist();
        }
        p.leadingGroupVersion++;
        Participation.flush();
        return view(p);
    }

    /** The participation of a branch the caller may see, or 404; locked for writing when asked. */
    private Participation participation(long campaignId, long branchId, boolean forUpdate) {
        if (!user.canSeeBranch(branchId)) {
            throw ApiException.notFound("Branch", branchId);
        }
        Participation.Key key = new Participation.Key(campaignId, branchId);
        Participation p =
                forUpdate ? Participation.findById(key, LockModeType.PESSIMISTIC_WRITE) : Participation.findById(key);
        if (p == null) {
            throw ApiException.notFound("Leading group of branch " + branchId + " in campaign", campaignId);
        }
        return p;
    }

    private static List<LeadingGroupMember> check(List<LeadingGroup.Member> members, List<LeadingGroupMember> old) {
        List<Problem.FieldError> errors = new ArrayList<>();
        long leaders = members.stream()
                .filter(m -> m.role() == LeadingGroupRole.LEADER)
                .count();
        if (!members.isEmpty() && leaders != 1) {
            errors.add(Problem.FieldError.of(
                    "members",
                    "must have exactly one LEADER (组长), not " + leaders,
                    Reasons.ONE_LEADER,
                    Map.of("leaders", leaders)));
        }
        List<LeadingGroupMember> result = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            LeadingGroup.Member m = members.get(i);
            LeadingGroupMember entity = new LeadingGroupMember();
            entity.name = m.name().trim();
            entity.role = m.role();
            entity.position = CampaignAccess.blankToNull(m.position());
            entity.responsibility = CampaignAccess.blankToNull(m.responsibility());
            entity.phone = CampaignAccess.blankToNull(m.phone());
            if (entity.phone != null && entity.phone.contains("*")) {
                entity.phone = old.stream()
                        .filter(o -> o.name.equals(entity.name)
                                && o.phone != null
                                && PhoneMask.mask(o.phone).equals(m.phone().trim()))
                        .map(o -> o.phone)
                        .findFirst()
                        .orElse(null);
                if (entity.phone == null) {
                    errors.add(Problem.FieldError.of(
                            "members[" + i + "].phone",
                            "is masked but matches no stored number of this member; send the full number",
                            Reasons.MASKED_PHONE,
                            null));
                }
            }
            result.add(entity);
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return result;
    }

    private static List<LeadingGroupMember> members(long campaignId, long branchId) {
        return LeadingGroupMember.list("campaignId = ?1 and branchId = ?2 order by seq", campaignId, branchId);
    }

    private LeadingGroup view(Participation p) {
        List<LeadingGroup.Member> members = members(p.campaignId, p.branchId).stream()
                .map(m -> LeadingGroup.Member.of(m, user.isAdmin()))
                .toList();
        return new LeadingGroup(p.campaignId, p.branchId, members, p.leadingGroupVersion);
    }
}
