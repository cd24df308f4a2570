package app.chuangxian.campaign;

import app.chuangxian.common.changes.ChangeOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates a campaign from an earlier one: same texts and configuration, phases moved to new dates. */
@ApplicationScoped
public class CampaignTemplateService {
    @Inject
    CampaignAccess access;

    @Inject
    CampaignService campaigns;

    @Inject
    app.chuangxian.organisation.OrganisationScope scope;

    @Transactional
    public CampaignView copy(long templateId, CampaignCopyRequest request) {
        return campaigns.view(copyOf(access.visible(templateId), request, scope.organisationId()));
    }

    /** The new DRAFT campaign of the organisation made from the template; callers check access first. */
    @Transactional
    public Campaign copyOf(Campaign template, CampaignCopyRequest request, long organisationId) {
        return build(template, request, organisationId, false);
    }

    /**
     * The child organisation's plan adopting the parent campaign: a DRAFT with the parent's phases on the same
     * dates and its standards inherited; the caller checked that the organisation may adopt it.
     */
    Campaign adoptionOf(Campaign parent, String title, long organisationId) {
        LocalDate firstDay = Phase.<Phase>find("campaignId = ?1 order by seq", parent.id)
                .firstResultOptional()
                .map(p -> p.startsOn)
                .orElse(null);
        return build(parent, new CampaignCopyRequest(title, parent.year, firstDay), organisationId, true);
    }

    private Campaign build(Campaign template, CampaignCopyRequest request, long organisationId, boolean adoption) {
        Campaign copy = new Campaign();
        copy.organisationId = organisationId;
        copy.title = request.title().trim();
        copy.year = request.year();
        copy.basisDocuments = template.basisDocuments;
        copy.guidingIdeology = template.guidingIdeology;
        copy.goals = template.goals;
        copy.aggregationMethod = template.aggregationMethod;
        copy.disagreementThreshold = template.disagreementThreshold;
        copy.noticeMinWorkingDays = template.noticeMinWorkingDays;
        copy.reminderDays = template.reminderDays;
        if (adoption) {
            copy.parentCampaignId = template.id;
        } else {
            copy.templateId = template.id;
        }
        copy.persist();
        campaigns.changed(copy, ChangeOperation.CREATED);

        Map<Long, Long> phaseIds = copyPhases(template.id, copy.id, request);
        copyStandards(template.id, copy.id, adoption);
        for (GradeThreshold g : GradeThreshold.<GradeThreshold>list("campaignId", template.id)) {
            GradeThreshold n = new GradeThreshold();
            n.campaignId = copy.id;
            n.code = g.code;
            n.name = g.name;
            n.minTotal = g.minTotal;
            n.persist();
        }
        for (DeliverableType t : DeliverableType.<DeliverableType>list("campaignId", template.id)) {
            DeliverableType n = new DeliverableType();
            n.campaignId = copy.id;
            n.phaseId = phaseIds.get(t.phaseId);
            n.seq = t.seq;
            n.code = t.code;
            n.name = t.name;
            n.description = t.description;
            n.required = t.required;
            n.multiple = t.multiple;
            n.fields = t.fields == null ? new ArrayList<>() : new ArrayList<>(t.fields);
            n.persist();
        }
        Campaign.flush();
        return copy;
    }

    private Map<Long, Long> copyPhases(long from, long to, CampaignCopyRequest request) {
        List<Phase> phases = Phase.list("campaignId = ?1 order by seq", from);
        Map<Long, Long> ids = new HashMap<>();
        long shift = phases.isEmpty() || request.startsOn() == null
                ? 0
                : ChronoUnit.DAYS.between(phases.get(0).startsOn, request.startsOn());
        for (Phase p : phases) {
            Phase n = new Phase();
            n.campaignId = to;
            n.seq = p.seq;
            n.code = p.code;
            n.name = p.name;
            n.description = p.description;
            n.startsOn = p.startsOn.plusDays(shift);
            n.endsOn = p.endsOn.plusDays(shift);
            n.persist();
            ids.put(p.id, n.id);
        }
        return ids;
    }

    private void copyStandards(long from, long to, boolean inherit) {
        Map<Long, Long> standardIds = new HashMap<>();
        for (Standard s : Standard.<Standard>list("campaignId", from)) {
            Standard n = new Standard();
            n.campaignId = to;
            n.seq = s.seq;
            n.code = s.code;
            n.name = s.name;
            n.description = s.description;
            n.maxPoints = s.maxPoints;
            // an adopted campaign inherits them all; a copy owns what it copied, even what its template inherited
            n.inherited = inherit;
            n.persist();
            standardIds.put(s.id, n.id);
        }
        for (Indicator i : Indicator.<Indicator>list("campaignId", from)) {
            Indicator n = new Indicator();
            n.campaignId = to;
            n.standardId = standardIds.get(i.standardId);
            n.seq = i.seq;
            n.code = i.code;
            n.name = i.name;
            n.description = i.description;
            n.maxPoints = i.maxPoints;
            n.persist();
        }
    }
}
