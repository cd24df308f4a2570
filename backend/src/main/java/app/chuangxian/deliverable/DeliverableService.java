package app.chuangxian.deliverable;

import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchService;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.campaign.DeliverableType;
import app.chuangxian.common.Versions;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drafting, editing and reading deliverables; the review steps are in {@link DeliverableWorkflow}. */
@ApplicationScoped
public class DeliverableService {
    @Inject
    ChangeLog changes;

    @Inject
    BranchService branches;

    @Inject
    CurrentUser user;

    @Inject
    CampaignAccess campaigns;

    @Inject
    DeliverableQueries queries;

    @Inject
    IdempotencyStore idempotency;

    public PageResult<DeliverableViews.Summary> list(
            long campaignId, DeliverableQueries.Filter filter, PageQuery paging) {
        campaigns.visible(campaignId);
        Long only = user.isBranchScoped() ? campaigns.ownBranch() : null;
        return queries.search(campaignId, filter, only, handedInOnly(), paging);
    }

    /**
     * The deliverables of these ids that exist, with their type's name and file count, in one statement, WITHOUT the
     * caller's visibility: for a record of another feature that links them and checks its own access.
     */
    public java.util.Map<Long, DeliverableRef> refs(java.util.Collection<Long> ids) {
        java.util.Map<Long, DeliverableRef> refs = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Deliverable.getEntityManager()
                .createNativeQuery("select d.id, d.campaign_id, d.branch_id, t.name, d.title, d.status,"
                        + " (select count(*) from deliverable_attachments a where a.deliverable_id = d.id)"
                        + " from deliverables d join deliverable_types t on t.id = d.type_id where d.id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            refs.put(
                    id,
                    new DeliverableRef(
                            id,
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(),
                            (String) r[3],
                            (String) r[4],
                            DeliverableStatus.valueOf((String) r[5]),
                            ((Number) r[6]).longValue()));
        }
        return refs;
    }

    public DeliverableViews.Full get(long campaignId, long id) {
        return view(visible(campaignId, id));
    }

    @Transactional
    public DeliverableViews.Full create(long campaignId, DeliverableRequests.Draft request, String idempotencyKey) {
        String fingerprint = "create|" + campaignId + "|" + request.typeId() + "|" + request.title() + "|"
                + request.body() + "|" + request.fields();
        Optional<IdempotencyKey> earlier = idempotency.replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return get(campaignId, earlier.get().resourceId);
        }
        campaigns.visible(campaignId);
        long branchId = campaigns.ownBranch();
        if (branchId < 0 || !campaigns.participates(campaignId, branchId)) {
            throw ApiException.notFound("Campaign", campaignId);
        }
        DeliverableType type = campaigns
                .deliverableType(campaignId, request.typeId())
                .orElseThrow(() -> ApiException.invalidField("typeId", "is not a deliverable type of this campaign"));
        if (!type.multiple && Deliverable.count("typeId = ?1 and branchId = ?2", type.id, branchId) > 0) {
            throw ApiException.conflict(
                    "DELIVERABLE_EXISTS",
                    "Your branch already has a " + type.name + "; edit that one instead (only one is allowed)");
        }
        Deliverable d = new Deliverable();
        d.campaignId = campaignId;
        d.phaseId = type.phaseId;
        d.typeId = type.id;
        d.branchId = branchId;
        d.title = request.title().strip();
        d.body = request.body();
        d.fields = FieldValidation.check(type.fields, request.fields(), false);
        d.createdBy = user.username();
        d.persistAndFlush();
        idempotency.remember(idempotencyKey, fingerprint, 201, d.id);
        return view(d);
    }

    @Transactional
    public DeliverableViews.Full edit(long campaignId, long id, DeliverableRequests.Edit request) {
        Deliverable d = editableByBranch(campaignId, id, request.version());
        write(d, typeOf(d), request.title(), request.body(), request.fields());
        Deliverable.getEntityManager().flush();
        return view(d);
    }

    /** New content of a draft or returned deliverable; fields are checked as a draft's (required ones may be empty). */
    static void write(Deliverable d, DeliverableType type, String title, String body, Map<String, Object> fields) {
        d.title = title.strip();
        d.body = body;
        d.fields = FieldValidation.check(type.fields, fields, false);
    }

    /** A deliverable of the campaign the caller may read, or 404. */
    public Deliverable visible(long campaignId, long id) {
        campaigns.visible(campaignId);
        Deliverable d = Deliverable.findById(id);
        if (d == null
                || !d.campaignId.equals(campaignId)
                || !user.canSeeBranch(d.branchId)
                || (d.status == DeliverableStatus.DRAFT && handedInOnly())) {
            throw ApiException.notFound("Deliverable", id);
        }
        return d;
    }

    /** An assessor reads what branches handed in, never a draft (a draft is 404 and left out of lists). */
    private boolean handedInOnly() {
        return user.hasRole(Roles.ASSESSOR) && !user.isAdmin() && !user.hasRole(Roles.VIEWER) && !user.isBranchScoped();
    }

    /** A deliverable of the caller's own branch that may still be changed, at the version the caller read. */
    Deliverable editableByBranch(long campaignId, long id, Long version) {
        Deliverable d = visible(campaignId, id);
        if (d.branchId != campaigns.ownBranch()) {
            throw ApiException.notFound("Deliverable", id);
        }
        requireEditable(d);
        Versions.check(d.version, version, "Deliverable " + d.id);
        return d;
    }

    static void requireEditable(Deliverable d) {
        if (d.status == DeliverableStatus.ACCEPTED) {
            throw ApiException.conflict("DELIVERABLE_ACCEPTED", "The deliverable has been accepted and is read-only");
        }
        if (d.status == DeliverableStatus.SUBMITTED) {
            throw ApiException.conflict(
                    "DELIVERABLE_UNDER_REVIEW",
                    "The deliverable is submitted and awaiting review; it can be changed again only if it is returned");
        }
    }

    /** The branch's deadline for the phase: its extension if granted, else the phase's end date. */
    LocalDate deadline(long campaignId, long phaseId, long branchId) {
        DeadlineExtension ext = DeadlineExtension.find("phaseId = ?1 and branchId = ?2", phaseId, branchId)
                .firstResult();
        if (ext != null) {
            return ext.deadline;
        }
        return campaigns.phase(campaignId, phaseId).endsOn;
    }

    /** Reports a deliverable's new status to the change feed, under its branch's organisation. */
    void changed(Deliverable d) {
        long organisationId = branches.lookUp(d.branchId).orElseThrow().organisationId;
        changes.record(ChangeLog.Change.deliverable(d.id, d.status, d.campaignId, d.branchId, organisationId));
    }

    /** The type a deliverable is of. */
    DeliverableType typeOf(Deliverable d) {
        return campaigns.deliverableType(d.campaignId, d.typeId).orElseThrow();
    }

    DeliverableViews.Full view(Deliverable d) {
        DeliverableType type = typeOf(d);
        Branch branch = branches.lookUp(d.branchId).orElseThrow();
        List<DeliverableViews.FixItemView> fixes = d.returnedRevision == null
                ? List.of()
                : FixItem.<FixItem>list("deliverableId = ?1 and revision = ?2 order by seq", d.id, d.returnedRevision)
                        .stream()
                        .map(DeliverableViews.FixItemView::of)
                        .toList();
        List<DeliverableViews.AttachmentView> files =
                Attachment.<Attachment>list("deliverableId = ?1 order by id", d.id).stream()
                        .map(DeliverableViews.AttachmentView::of)
                        .toList();
        return new DeliverableViews.Full(
                d.id,
                d.campaignId,
                d.phaseId,
                d.typeId,
                type.name,
                d.branchId,
                branch.name,
                d.title,
                d.body,
                d.fields,
                d.status,
                d.late,
                deadline(d.campaignId, d.phaseId, d.branchId),
                d.revision,
                d.submittedAt,
                d.submittedBy,
                d.reviewedAt,
                d.reviewedBy,
                d.returnReason,
                fixes,
                files,
                d.version,
                d.createdAt,
                d.updatedAt);
    }
}
