package app.chuangxian.campaign;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Deliverable types belong to a phase of their campaign; codes are unique per campaign, field keys per type. */
@ApplicationScoped
public class DeliverableTypeService {
    static final Map<String, String> SORTABLE = Map.of("seq", "seq", "code", "code", "name", "name", "id", "id");

    @Inject
    CampaignAccess access;

    public PageResult<DeliverableTypeView> list(long campaignId, Long phaseId, Boolean required, PageQuery paging) {
        access.visible(campaignId);
        String where = "campaignId = :c";
        Parameters params = Parameters.with("c", campaignId);
        if (phaseId != null) {
            where += " and phaseId = :p";
            params.and("p", phaseId);
        }
        if (required != null) {
            where += " and required = :r";
            params.and("r", required);
        }
        PanacheQuery<DeliverableType> query = DeliverableType.find(where, paging.resolveSort(SORTABLE, "seq"), params);
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(DeliverableTypeView::of)
                        .toList(),
                query.count());
    }

    public DeliverableTypeView get(long campaignId, long id) {
        access.visible(campaignId);
        return DeliverableTypeView.of(find(campaignId, id));
    }

    @Transactional
    public DeliverableTypeView create(long campaignId, DeliverableTypeRequest request) {
        access.visible(campaignId);
        check(campaignId, null, request);
        DeliverableType type = new DeliverableType();
        type.campaignId = campaignId;
        apply(type, request);
        type.persistAndFlush();
        return DeliverableTypeView.of(type);
    }

    @Transactional
    public DeliverableTypeView update(long campaignId, long id, DeliverableTypeRequest request) {
        access.visible(campaignId);
        DeliverableType type = find(campaignId, id);
        Versions.check(type.version, request.version(), "Deliverable type " + id, Versions.REQUIRED_ON_UPDATE);
        check(campaignId, id, request);
        apply(type, request);
        DeliverableType.flush();
        return DeliverableTypeView.of(type);
    }

    @Transactional
    public void delete(long campaignId, long id) {
        access.visible(campaignId);
        DeliverableType type = find(campaignId, id);
        try {
            type.delete();
            DeliverableType.flush();
        } catch (PersistenceException e) {
            throw ApiException.conflict(
                    "DELIVERABLE_TYPE_IN_USE",
                    "Deliverables of type " + type.code + " have been handed in; it can no longer be deleted");
        }
    }

    DeliverableType find(long campaignId, long id) {
        DeliverableType type = DeliverableType.findById(id);
        if (type == null || type.campaignId != campaignId) {
            throw ApiException.notFound("Deliverable type", id);
        }
        return type;
    }

    private static void check(long campaignId, Long id, DeliverableTypeRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Phase phase = Phase.findById(r.phaseId());
        if (phase == null || phase.campaignId != campaignId) {
            errors.add(new Problem.FieldError("phaseId", "is not a phase of this campaign"));
        }
        Set<String> keys = new HashSet<>();
        List<FieldDefinition> fields = r.fields() == null ? List.of() : r.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!keys.add(fields.get(i).key())) {
                errors.add(new Problem.FieldError("fields[" + i + "].key", "appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        if (DeliverableType.count(
                        "campaignId = ?1 and code = ?2 and id <> ?3",
                        campaignId,
                        r.code().trim(),
                        id == null ? -1L : id)
                > 0) {
            throw ApiException.conflict(
                    "DELIVERABLE_TYPE_CODE_TAKEN", "The campaign already has a deliverable type " + r.code());
        }
    }

    private static void apply(DeliverableType t, DeliverableTypeRequest r) {
        t.phaseId = r.phaseId();
        t.seq = r.seq();
        t.code = r.code().trim();
        t.name = r.name().trim();
        t.description = CampaignAccess.blankToNull(r.description());
        t.required = Boolean.TRUE.equals(r.required());
        t.multiple = Boolean.TRUE.equals(r.multiple());
        t.fields = r.fields() == null ? new ArrayList<>() : new ArrayList<>(r.fields());
    }
}
