package app.chuangxian.deliverable;

import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.campaign.FieldDefinition;
import app.chuangxian.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** History of submissions and what changed since the reviewer last returned a deliverable. */
@ApplicationScoped
public class DeliverableChanges {
    @Inject
    DeliverableService deliverables;

    @Schema(name = "FieldChange", description = "One structured field before and after")
    public record FieldChange(String key, String label, Object before, Object after, boolean changed) {}

    @Schema(
            name = "DeliverableChanges",
            description = "What changed since the last return: the returned revision "
                    + "against the current content, field by field and line by line")
    public record ChangesView(
            @Schema(description = "The revision the reviewer returned")
            int sinceRevision,

            @Schema(description = "The current revision (the content compared may be a newer unsubmitted edit)")
            int currentRevision,

            String titleBefore,
            String titleAfter,
            List<FieldChange> fields,
            List<LineDiff.Line> body,
            List<DeliverableViews.FixItemView> fixItems) {}

    public List<DeliverableViews.RevisionView> history(long campaignId, long id) {
        Deliverable d = deliverables.visible(campaignId, id);
        return DeliverableRevision.<DeliverableRevision>list("deliverableId = ?1 order by revision desc", d.id).stream()
                .map(DeliverableViews.RevisionView::of)
                .toList();
    }

    public ChangesView sinceReturn(long campaignId, long id) {
        Deliverable d = deliverables.visible(campaignId, id);
        if (d.returnedRevision == null) {
            throw ApiException.conflict(
                    "DELIVERABLE_NEVER_RETURNED",
                    "The deliverable has never been returned, so there is nothing to compare with");
        }
        DeliverableRevision base = DeliverableRevision.find(
                        "deliverableId = ?1 and revision = ?2", d.id, d.returnedRevision)
                .firstResult();
        DeliverableType type = deliverables.typeOf(d);
        List<FieldChange> fields = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        type.fields.forEach(f -> keys.add(f.key()));
        keys.addAll(base.fields == null ? Set.of() : base.fields.keySet());
        keys.addAll(d.fields == null ? Set.of() : d.fields.keySet());
        for (String key : keys) {
            Object before = value(base.fields, key);
            Object after = value(d.fields, key);
            String label = type.fields.stream()
                    .filter(f -> f.key().equals(key))
                    .map(FieldDefinition::label)
                    .findFirst()
                    .orElse(key);
            fields.add(new FieldChange(key, label, before, after, !Objects.equals(before, after)));
        }
        List<DeliverableViews.FixItemView> items =
                FixItem.<FixItem>list("deliverableId = ?1 and revision = ?2 order by seq", d.id, d.returnedRevision)
                        .stream()
                        .map(DeliverableViews.FixItemView::of)
                        .toList();
        return new ChangesView(
                base.revision, d.revision, base.title, d.title, fields, LineDiff.diff(base.body, d.body), items);
    }

    private static Object value(Map<String, Object> fields, String key) {
        return fields == null ? null : fields.get(key);
    }
}
