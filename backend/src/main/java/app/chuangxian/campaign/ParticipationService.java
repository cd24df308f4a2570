package app.chuangxian.campaign;

import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchService;
import app.chuangxian.branch.BranchStatus;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/** Which branches take part in a campaign. Archived branches cannot join; a branch with campaign data cannot leave. */
@ApplicationScoped
public class ParticipationService {
    static final Map<String, String> SORTABLE =
            Map.of("code", "b.code", "name", "b.name", "joinedAt", "p.joinedAt", "id", "b.id");

    @Inject
    BranchService branches;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    app.chuangxian.organisation.OrganisationScope organisations;

    @Inject
    Instance<BranchRecords> probes;

    public PageResult<ParticipantView> list(long campaignId, String q, PageQuery paging) {
        access.visible(campaignId);
        String where = " from Participation p, Branch b where b.id = p.branchId and p.campaignId = :c";
        boolean search = q != null && !q.isBlank();
        if (search) {
            where += " and (lower(b.name) like :q or lower(b.code) like :q)";
        }
        if (user.isBranchScoped()) {
            where += " and b.id = :own";
        }
        Sort sort = paging.resolveSort(SORTABLE, "code");
        String order = sort.getColumns().stream()
                .map(c -> (c.getName().contains(".") ? c.getName() : "b." + c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
        TypedQuery<Object[]> rows = em.createQuery("select p, b" + where + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        for (TypedQuery<?> query : java.util.List.of(rows, count)) {
            query.setParameter("c", campaignId);
            if (search) {
                query.setParameter("q", app.chuangxian.common.persistence.Like.containing(q));
            }
            if (user.isBranchScoped()) {
                query.setParameter("own", user.branchId().orElse(-1L));
            }
        }
        var items =
                rows.setFirstResult((paging.page - 1) * paging.size).setMaxResults(paging.size).getResultList().stream()
                        .map(r -> ParticipantView.of((Participation) r[0], (Branch) r[1]))
                        .toList();
        return paging.result(items, count.getSingleResult());
    }

    @Transactional
    public ParticipantView add(long campaignId, long branchId) {
        Campaign campaign = access.visible(campaignId);
        Branch branch = branches.lookUp(branchId)
                .filter(b -> organisations.contains(b.organisationId))
                .orElseThrow(() -> ApiException.invalidField("branchId", "no branch " + branchId + " exists"));
        if (!organisations.isWithin(branch.organisationId, campaign.organisationId)) {
            throw ApiException.conflict(
                    "BRANCH_OUTSIDE_ORGANISATION",
                    "Branch " + branch.name + " does not belong to the organisation that runs this campaign");
        }
        if (branch.status == BranchStatus.ARCHIVED) {
            throw ApiException.conflict(
                    "BRANCH_ARCHIVED", "Branch " + branch.name + " is archived and cannot join a campaign");
        }
        if (find(campaignId, branchId) != null) {
            throw ApiException.conflict("ALREADY_PARTICIPATING", "Branch " + branch.name + " already takes part");
        }
        Participation p = new Participation();
        p.campaignId = campaignId;
        p.branchId = branchId;
        p.persistAndFlush();
        return ParticipantView.of(p, branch);
    }

    @Transactional
    public void remove(long campaignId, long branchId) {
        Campaign campaign = access.visible(campaignId);
        Participation p = find(campaignId, branchId);
        if (p == null) {
            throw ApiException.notFound("Participation of branch", branchId);
        }
        if (LeadingGroupMember.count("campaignId = ?1 and branchId = ?2", campaignId, branchId) > 0) {
            throw ApiException.conflict(
                    "PARTICIPANT_HAS_DATA",
                    "Branch " + branchId + " has a leading group in this "
                            + "campaign; clear it before removing the branch");
        }
        if (campaign.status != CampaignStatus.DRAFT && probes.stream().anyMatch(pr -> pr.branchHasData(branchId))) {
            throw ApiException.conflict(
                    "PARTICIPANT_HAS_DATA",
                    "Branch " + branchId + " already has campaign data "
                            + "(deliverables, scores or visits); it cannot leave a running campaign");
        }
        p.delete();
        Participation.flush();
    }

    static Participation find(long campaignId, long branchId) {
        return Participation.findById(new Participation.Key(campaignId, branchId));
    }
}
