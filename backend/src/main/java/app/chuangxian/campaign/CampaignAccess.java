package app.chuangxian.campaign;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one way to read a campaign, for this feature and every other one: nobody outside this package loads a
 * {@link Campaign} by itself. Two kinds of read:
 * <ul>
 * <li>{@link #visible(long)}: the campaign as the caller may see it, or 404. A branch account sees only campaigns its
 * branch takes part in; any other is 404, as if it did not exist (ADR 004). Every read or write a request makes on
 * a campaign starts here.</li>
 * <li>{@link #require(long)} and {@link #find(long)}: the campaign whoever asks, deliberately without the visibility
 * check. Only for reads that are not the caller's to see: public pages, demo seeders and system jobs, reads on behalf
 * of another feature that decides visibility itself, and campaigns of a record the caller was already allowed to
 * read.</li>
 * </ul>
 * It also says whether scoring has fixed a campaign's standards, and reads the campaign's parts for other features:
 * participants, phases, deliverable types, standards and indicators (only this package queries them; an ArchUnit
 * rule holds it).
 */
@ApplicationScoped
public class CampaignAccess {
    @Inject
    CurrentUser user;

    @Inject
    Instance<ScoringProgress> probes;

    @Inject
    OrganisationScope organisations;

    /** The campaign if the caller may see it, or 404; a branch account sees only campaigns its branch takes part in. */
    public Campaign visible(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null || !canSee(campaign)) {
            throw ApiException.notFound("Campaign", id);
        }
        return campaign;
    }

    /**
     * The campaign, or 404 when it does not exist, WITHOUT checking that the caller may see it. Only for public
     * pages, seeders, system jobs, reads for another feature that checks visibility itself, and the campaign of a
     * record the caller already may read; a request reading a campaign it names uses {@link #visible(long)}.
     */
    public Campaign require(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ApiException.notFound("Campaign", id);
        }
        return campaign;
    }

    /** The campaign if it exists, WITHOUT the visibility check; the same few callers as {@link #require(long)}. */
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(Campaign.findById(id));
    }

    /**
     * True when the caller may see the campaign: a branch account when its branch takes part, anyone else when the
     * campaign's organisation is theirs or below it (ADR 015).
     */
    public boolean canSee(Campaign campaign) {
        return user.isBranchScoped()
                ? participates(campaign.id, ownBranch())
                : organisations.contains(campaign.organisationId);
    }

    /** True when the campaign exists and the caller may see it ({@link #canSee(Campaign)}). */
    public boolean canSee(long campaignId) {
        return find(campaignId).map(this::canSee).orElse(false);
    }

    /** The campaigns that adopt this one, and those that adopt them, down the whole chain (one query a level). */
    public List<Long> descendants(long campaignId) {
        List<Long> all = new ArrayList<>();
        List<Long> level = List.of(campaignId);
        while (!level.isEmpty()) {
            level = Campaign.getEntityManager()
                    .createQuery("select c.id from Campaign c where c.parentCampaignId in :ids", Long.class)
                    .setParameter("ids", level)
                    .getResultList();
            all.addAll(level);
        }
        return all;
    }

    /** True when the branch takes part in the campaign. */
    public boolean participates(long campaignId, long branchId) {
        return Participation.count("campaignId = ?1 and branchId = ?2", campaignId, branchId) > 0;
    }

    /** Those of the branches that take part in the campaign, in one query. */
    public Set<Long> participating(long campaignId, Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Participation.getEntityManager()
                .createQuery(
                        "select p.branchId from Participation p where p.campaignId = ?1 and p.branchId in ?2",
                        Long.class)
                .setParameter(1, campaignId)
                .setParameter(2, branchIds)
                .getResultList());
    }

    /** The phase of the campaign, or 404 when the campaign has no such phase. */
    public Phase phase(long campaignId, long phaseId) {
        Phase phase = Phase.findById(phaseId);
        if (phase == null || !phase.campaignId.equals(campaignId)) {
            throw ApiException.notFound("Phase", phaseId);
        }
        return phase;
    }

    /** The campaign's phases in their order; only the one named when {@code onlyPhaseId} is given. */
    public List<Phase> phases(long campaignId, Long onlyPhaseId) {
        return onlyPhaseId == null
                ? Phase.list("campaignId = ?1 order by seq", campaignId)
                : Phase.list("campaignId = ?1 and id = ?2 order by seq", campaignId, onlyPhaseId);
    }

    /** The deliverable type if the campaign has it. */
    public Optional<DeliverableType> deliverableType(long campaignId, long typeId) {
        return DeliverableType.<DeliverableType>findByIdOptional(typeId).filter(t -> t.campaignId.equals(campaignId));
    }

    /** The deliverable types every participating branch must hand in, in their order. */
    public List<DeliverableType> requiredTypes(long campaignId) {
        return DeliverableType.list("campaignId = ?1 and required = true order by seq, id", campaignId);
    }

    /** The campaign's grade thresholds, highest first. */
    public List<GradeThreshold> grades(long campaignId) {
        return GradeThreshold.list("campaignId = ?1 order by minTotal desc, id", campaignId);
    }

    /** The branch of a branch account, or -1 when the token names none (it then reaches nothing). */
    public long ownBranch() {
        return user.branchId().orElse(-1L);
    }

    /** A campaign whose standards, indicators and grades are not yet fixed by scoring (its state is checked before). */
    public Campaign scoringNotStarted(long id) {
        Campaign campaign = visible(id);
        if (probes.stream().anyMatch(p -> p.scoringStarted(id))) {
            throw ApiException.conflict(
                    "SCORING_STARTED",
                    "Scoring of campaign " + id
                            + " has started: its standards, indicators and grades can no longer change");
        }
        return campaign;
    }

    /** The campaign's standards in their order. */
    public List<Standard> standards(long campaignId) {
        return Standard.list("campaignId = ?1 order by seq, id", campaignId);
    }

    /** The campaign's indicators by id, in standard then indicator order. */
    public Map<Long, Indicator> indicators(long campaignId) {
        List<Indicator> list = Indicator.find(
                        "select i from Indicator i, Standard s where s.id = i.standardId and i.campaignId = ?1 "
                                + "order by s.seq, i.seq, i.id",
                        campaignId)
                .list();
        Map<Long, Indicator> byId = new LinkedHashMap<>();
        list.forEach(i -> byId.put(i.id, i));
        return byId;
    }

    /** Points and totals carry one decimal, as stored, whatever scale the client sent. */
    static java.math.BigDecimal points(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
