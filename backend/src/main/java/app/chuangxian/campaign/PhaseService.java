package app.chuangxian.campaign;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.time.CommitteeClock;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Phases follow each other: each ends on or after its start, and before the next (by seq) starts. */
@ApplicationScoped
public class PhaseService {
    @Inject
    CommitteeClock clock;

    static final Map<String, String> SORTABLE =
            Map.of("seq", "seq", "startsOn", "startsOn", "name", "name", "id", "id");

    @Inject
    CampaignAccess access;

    public PageResult<PhaseView> list(long campaignId, PageQuery paging) {
        access.visible(campaignId);
        PanacheQuery<Phase> query = Phase.find("campaignId", paging.resolveSort(SORTABLE, "seq"), campaignId);
        LocalDate today = clock.today();
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(p -> PhaseView.of(p, today))
                        .toList(),
                query.count());
    }

    public PhaseView get(long campaignId, long id) {
        access.visible(campaignId);
        return PhaseView.of(find(campaignId, id), clock.today());
    }

    @Transactional
    public PhaseView create(long campaignId, PhaseRequest request) {
        Campaign campaign = access.visible(campaignId);
        Phase phase = new Phase();
        phase.campaignId = campaignId;
        apply(phase, request);
        checkFits(phase);
        checkInsideParent(campaign, phase);
        phase.persistAndFlush();
        return PhaseView.of(phase, clock.today());
    }

    @Transactional
    public PhaseView update(long campaignId, long id, PhaseRequest request) {
        Campaign campaign = access.visible(campaignId);
        Phase phase = find(campaignId, id);
        Versions.check(phase.version, request.version(), "Phase " + id, Versions.REQUIRED_ON_UPDATE);
        Phase candidate = new Phase();
        candidate.id = id;
        candidate.campaignId = campaignId;
        apply(candidate, request);
        checkFits(candidate);
        checkInsideParent(campaign, candidate);
        checkAdoptersInside(phase, candidate);
        apply(phase, request);
        Phase.flush();
        return PhaseView.of(phase, clock.today());
    }

    @Transactional
    public void delete(long campaignId, long id) {
        access.visible(campaignId);
        Phase phase = find(campaignId, id);
        if (DeliverableType.count("phaseId", id) > 0) {
            throw ApiException.conflict(
                    "PHASE_IN_USE", "Phase " + id + " still has deliverable types; move or delete them first");
        }
        phase.delete();
        Phase.flush();
    }

    Phase find(long campaignId, long id) {
        Phase phase = Phase.findById(id);
        if (phase == null || phase.campaignId != campaignId) {
            throw ApiException.notFound("Phase", id);
        }
        return phase;
    }

    /**
     * A plan adopting a parent campaign keeps each phase inside the parent's phase of the same code, or inside the
     * parent's first and last day when the parent has no such phase (400 naming startsOn/endsOn).
     */
    private static void checkInsideParent(Campaign campaign, Phase phase) {
        if (campaign.parentCampaignId == null) {
            return;
        }
        List<Phase> parents = Phase.list("campaignId = ?1 order by seq", campaign.parentCampaignId);
        if (parents.isEmpty()) {
            return;
        }
        LocalDate from = parents.get(0).startsOn;
        LocalDate to = parents.stream()
                .map(p -> p.endsOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (Phase p : parents) {
            if (p.code.equals(phase.code)) {
                from = p.startsOn;
                to = p.endsOn;
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Object> window = Map.of("from", from.toString(), "to", to.toString());
        String rule = "must lie inside " + from + " to " + to + ", the adopted campaign's dates for it";
        if (phase.startsOn.isBefore(from) || phase.startsOn.isAfter(to)) {
            errors.add(Problem.FieldError.of("startsOn", rule, Reasons.INSIDE_PARENT, window));
        }
        if (phase.endsOn.isBefore(from) || phase.endsOn.isAfter(to)) {
            errors.add(Problem.FieldError.of("endsOn", rule, Reasons.INSIDE_PARENT, window));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /**
     * A parent phase does not shrink past the phase of the same code of a plan adopting its campaign: the plan moves
     * first (409), so that no plan is left outside its parent's dates.
     */
    private static void checkAdoptersInside(Phase before, Phase after) {
        List<Object[]> outside = Phase.getEntityManager()
                .createQuery(
                        "select c.id, c.title from Phase p, Campaign c where p.campaignId = c.id"
                                + " and c.parentCampaignId = :campaign and p.code = :code"
                                + " and (p.startsOn < :from or p.endsOn > :to)",
                        Object[].class)
                .setParameter("campaign", before.campaignId)
                .setParameter("code", before.code)
                .setParameter("from", after.startsOn)
                .setParameter("to", after.endsOn)
                .setMaxResults(5)
                .getResultList();
        if (!outside.isEmpty()) {
            throw ApiException.conflict(
                    "PHASE_WINDOW_IN_USE",
                    "Plans adopting this campaign have phase " + before.code + " outside " + after.startsOn + " to "
                            + after.endsOn + ": "
                            + outside.stream()
                                    .map(r -> r[1] + " (" + r[0] + ")")
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse(""));
        }
    }

    /** Validates the phase against its siblings: unique seq and code (409), dates in order without overlap (400). */
    private static void checkFits(Phase phase) {
        List<Phase> all = new ArrayList<>(
                Phase.<Phase>list("campaignId = ?1 and id <> ?2", phase.campaignId, phase.id == null ? -1L : phase.id));
        for (Phase other : all) {
            if (other.seq == phase.seq) {
                throw ApiException.conflict(
                        "PHASE_SEQ_TAKEN", "Phase " + other.code + " already has position " + phase.seq);
            }
            if (other.code.equals(phase.code)) {
                throw ApiException.conflict("PHASE_CODE_TAKEN", "The campaign already has a phase " + phase.code);
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (phase.endsOn.isBefore(phase.startsOn)) {
            errors.add(Problem.FieldError.of("endsOn", "must not be before startsOn", Reasons.NOT_BEFORE_START, null));
        }
        all.add(phase);
        all.sort(Comparator.comparingInt(p -> p.seq));
        int at = all.indexOf(phase);
        if (at > 0 && !all.get(at - 1).endsOn.isBefore(phase.startsOn)) {
            Phase before = all.get(at - 1);
            errors.add(Problem.FieldError.of(
                    "startsOn",
                    "must be after " + before.endsOn + ", the end of phase " + before.seq + " (" + before.name + ")",
                    Reasons.AFTER_PHASE,
                    Map.of("date", before.endsOn.toString(), "phase", before.seq)));
        }
        if (at < all.size() - 1 && !phase.endsOn.isBefore(all.get(at + 1).startsOn)) {
            Phase after = all.get(at + 1);
            errors.add(Problem.FieldError.of(
                    "endsOn",
                    "must be before " + after.startsOn + ", the start of phase " + after.seq + " (" + after.name + ")",
                    Reasons.BEFORE_PHASE,
                    Map.of("date", after.startsOn.toString(), "phase", after.seq)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private static void apply(Phase p, PhaseRequest r) {
        p.seq = r.seq();
        p.code = r.code().trim();
        p.name = r.name().trim();
        p.description = CampaignAccess.blankToNull(r.description());
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
    }
}
