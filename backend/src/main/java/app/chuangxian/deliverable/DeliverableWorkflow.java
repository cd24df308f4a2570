package app.chuangxian.deliverable;

import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.metrics.BusinessMetrics;
import app.chuangxian.common.persistence.RetryOnDeadlock;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review workflow: submit (branch), accept or return (committee staff), and the fix list. */
@ApplicationScoped
public class DeliverableWorkflow {
    @Inject
    CurrentUser user;

    @Inject
    NotificationService notifications;

    @Inject
    DeliverableService deliverables;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    CommitteeClock clock;

    @Inject
    CampaignAccess campaigns;

    @Inject
    ObjectMapper json;

    @Inject
    BusinessMetrics metrics;

    /** The result of a submit: the deliverable and whether it replays an earlier request. */
    public record Submitted(DeliverableViews.Full deliverable, boolean replayed) {}

    // Retries of one submit from a phone arrive together: they contend for the idempotency key and the row, and a
    // lost deadlock is tried again, when the earlier submit's key answers it as a replay.
    @RetryOnDeadlock
    @Transactional
    public Submitted submit(long campaignId, long id, DeliverableRequests.Submit request, String idempotencyKey) {
        String fingerprint = fingerprint(campaignId, id, request);
        Optional<IdempotencyKey> earlier = idempotency.replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return new Submitted(deliverables.get(campaignId, earlier.get().resourceId), true);
        }
        Deliverable d = deliverables.editableByBranch(campaignId, id, request.version());
        DeliverableType type = deliverables.typeOf(d);
        DeliverableRequests.Content changes = request.changes();
        if (changes != null) {
            // Saved and submitted in one transaction: when the submit is refused, the save is undone with it.
            DeliverableService.write(d, type, changes.title(), changes.body(), changes.fields());
        }
        d.fields = FieldValidation.check(type.fields, d.fields, true);
        if (d.title == null || d.title.isBlank()) {
            throw ApiException.invalidField("title", "is required");
        }
        markAddressed(d, request.addressedFixItems());
        Instant now = Instant.now();
        LocalDate today = campaigns.require(campaignId).dayOf(clock);
        d.late = today.isAfter(deliverables.deadline(campaignId, d.phaseId, d.branchId));
        d.revision++;
        d.status = DeliverableStatus.SUBMITTED;
        d.submittedAt = now;
        d.submittedBy = user.username();
        DeliverableRevision r = new DeliverableRevision();
        r.deliverableId = d.id;
        r.revision = d.revision;
        r.title = d.title;
        r.body = d.body;
        r.fields = d.fields;
        r.late = d.late;
        r.submittedBy = d.submittedBy;
        r.submittedAt = now;
        r.persist();
        Deliverable.getEntityManager().flush();
        deliverables.changed(d);
        idempotency.remember(idempotencyKey, fingerprint, 200, d.id);
        metrics.submitted(d.late);
        return new Submitted(deliverables.view(d), false);
    }

    /** What makes two submits the same request: the deliverable, the version read and any content sent with it. */
    private String fingerprint(long campaignId, long id, DeliverableRequests.Submit request) {
        StringBuilder f = new StringBuilder("submit|")
                .append(campaignId)
                .append('|')
                .append(id)
                .append('|')
                .append(request.version());
        if (request.addressedFixItems() != null) {
            f.append("|fix=").append(request.addressedFixItems());
        }
        if (request.changes() != null) {
            try {
                f.append("|changes=")
                        .append(json.writer()
                                .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                .writeValueAsString(request.changes()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Content read from JSON is written back as JSON", e);
            }
        }
        return f.toString();
    }

    @Transactional
    public DeliverableViews.Full accept(long campaignId, long id, VersionRequest request) {
        Deliverable d = underReview(campaignId, id, request.version());
        d.status = DeliverableStatus.ACCEPTED;
        d.reviewedAt = Instant.now();
        d.reviewedBy = user.username();
        Deliverable.getEntityManager().flush();
        deliverables.changed(d);
        notifications.toBranch(
                d.branchId, NotificationKind.DELIVERABLE_ACCEPTED, campaignId, d.id, Map.of("title", d.title));
        return deliverables.view(d);
    }

    @Transactional
    public DeliverableViews.Full giveBack(long campaignId, long id, DeliverableRequests.Return request) {
        Deliverable d = underReview(campaignId, id, request.version());
        d.status = DeliverableStatus.RETURNED;
        d.reviewedAt = Instant.now();
        d.reviewedBy = user.username();
        d.returnReason = request.reason().strip();
        d.returnedRevision = d.revision;
        int seq = 0;
        for (String text : request.fixItems()) {
            FixItem item = new FixItem();
            item.deliverableId = d.id;
            item.revision = d.revision;
            item.seq = ++seq;
            item.description = text.strip();
            item.persist();
        }
        Deliverable.getEntityManager().flush();
        deliverables.changed(d);
        notifications.toBranch(
                d.branchId,
                NotificationKind.DELIVERABLE_RETURNED,
                campaignId,
                d.id,
                Map.of(
                        "title",
                        d.title,
                        "reason",
                        d.returnReason,
                        "items",
                        request.fixItems().size()));
        return deliverables.view(d);
    }

    /** The branch marks items while it edits; the reviewer at any time before acceptance. */
    @Transactional
    public DeliverableViews.FixItemView markFixItem(
            long campaignId, long id, long itemId, DeliverableRequests.FixItemUpdate request) {
        Deliverable d = deliverables.visible(campaignId, id);
        FixItem item = FixItem.findById(itemId);
        if (item == null || !item.deliverableId.equals(d.id)) {
            throw ApiException.notFound("Fix-list item", itemId);
        }
        if (d.status == DeliverableStatus.ACCEPTED) {
            throw ApiException.conflict("DELIVERABLE_ACCEPTED", "The deliverable has been accepted and is read-only");
        }
        if (!user.isAdmin() && d.status != DeliverableStatus.RETURNED) {
            throw ApiException.conflict(
                    "DELIVERABLE_NOT_RETURNED",
                    "Fix-list items can be marked by the branch only while the deliverable is returned");
        }
        if (request.version() != item.version) {
            throw ApiException.staleVersion("Fix-list item " + itemId);
        }
        mark(item, request.addressed());
        if (request.note() != null) {
            item.note = request.note().isBlank() ? null : request.note().strip();
        }
        Deliverable.getEntityManager().flush();
        return DeliverableViews.FixItemView.of(item);
    }

    private void markAddressed(Deliverable d, List<Long> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            return;
        }
        for (Long itemId : itemIds) {
            FixItem item = FixItem.findById(itemId);
            if (item == null
                    || !item.deliverableId.equals(d.id)
                    || d.returnedRevision == null
                    || item.revision != d.returnedRevision) {
                throw ApiException.invalidField(
                        "addressedFixItems",
                        "item " + itemId + " is not on the fix list of this deliverable's last return");
            }
            mark(item, true);
        }
    }

    private void mark(FixItem item, boolean addressed) {
        item.addressed = addressed;
        item.addressedBy = addressed ? user.username() : null;
        item.addressedAt = addressed ? Instant.now() : null;
    }

    private Deliverable underReview(long campaignId, long id, Long version) {
        Deliverable d = deliverables.visible(campaignId, id);
        if (d.status != DeliverableStatus.SUBMITTED) {
            throw ApiException.conflict(
                    "DELIVERABLE_NOT_SUBMITTED",
                    switch (d.status) {
                        case DRAFT -> "The deliverable is still a draft; only a submitted deliverable can be reviewed";
                        case RETURNED -> "The deliverable was returned and has not been submitted again";
                        case ACCEPTED -> "The deliverable has already been accepted and is read-only";
                        default -> "The deliverable is not awaiting review";
                    });
        }
        Versions.check(d.version, version, "Deliverable " + d.id);
        return d;
    }
}
