package app.chuangxian.assessment.scoresheet;

import app.chuangxian.assessment.ScoreAggregates;
import app.chuangxian.assessment.ScoreInput;
import app.chuangxian.assessment.ScoreRules;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.assessment.SignedIn;
import app.chuangxian.assessment.assignment.AssessorAssignment;
import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.Versions;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.persistence.RetryOnDeadlock;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Independent scoring: an assessor scores only branches assigned to them, saves drafts, submits once; staff may
 * reopen with a reason. An assessor sees another assessor's scoresheet for a branch only after submitting their own.
 */
@ApplicationScoped
public class ScoresheetService {
    @Inject
    CampaignAccess campaigns;

    @Inject
    ScoresheetQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    ScoreAggregates aggregates;

    @Inject
    ChangeLog changes;

    public PageResult<ScoresheetView> list(long campaignId, Long branchId, SheetStatus status, PageQuery paging) {
        campaigns.visible(campaignId);
        Long viewer = user.isAdmin() ? null : SignedIn.accountId(user);
        return queries.list(campaignId, branchId, status, viewer, paging);
    }

    public ScoresheetView get(long campaignId, long id) {
        return queries.view(visible(campaignId, id), user.isAdmin());
    }

    @Transactional
    public ScoresheetView create(long campaignId, ScoresheetRequest request) {
        campaigns.visible(campaignId);
        long me = SignedIn.accountId(user);
        if (request.branchId() == null) {
            throw ApiException.invalidField("branchId", "is required to start a scoresheet");
        }
        if (AssessorAssignment.count(
                        "campaignId = ?1 and branchId = ?2 and assessorId = ?3", campaignId, request.branchId(), me)
                == 0) {
            throw ApiException.forbidden("NOT_ASSIGNED", "You are not assigned to score branch " + request.branchId());
        }
        if (Scoresheet.count(
                        "campaignId = ?1 and branchId = ?2 and assessorId = ?3", campaignId, request.branchId(), me)
                > 0) {
            throw ApiException.conflict(
                    "SCORESHEET_EXISTS",
                    "You already have a scoresheet for branch " + request.branchId() + "; save it instead");
        }
        ScoreRules.check(request.scores(), campaigns.indicators(campaignId), "comment", true, false);
        Scoresheet sheet = new Scoresheet();
        sheet.campaignId = campaignId;
        sheet.branchId = request.branchId();
        sheet.assessorId = me;
        sheet.scores = ScoreRules.toLines(request.scores());
        sheet.total = ScoreRules.total(sheet.scores);
        sheet.persistAndFlush();
        return queries.view(sheet, false);
    }

    @Transactional
    public ScoresheetView save(long campaignId, long id, ScoresheetRequest request) {
        campaigns.visible(campaignId);
        Scoresheet sheet = ownDraft(campaignId, id, request.version());
        ScoreRules.check(request.scores(), campaigns.indicators(campaignId), "comment", true, false);
        sheet.scores.clear();
        sheet.scores.addAll(ScoreRules.toLines(request.scores()));
        sheet.total = ScoreRules.total(sheet.scores);
        Scoresheet.flush();
        return queries.view(sheet, false);
    }

    @RetryOnDeadlock
    @Transactional
    public ScoresheetView submit(long campaignId, long id, VersionRequest request) {
        Campaign campaign = campaigns.visible(campaignId);
        // the sheet, its scores and what its view shows in one statement: a submit stays within its statement budget
        ScoresheetQueries.Loaded loaded = queries.load(id);
        Scoresheet sheet = ownDraft(found(campaignId, id, loaded == null ? null : loaded.sheet()), request.version());
        aggregates.lock(campaignId, sheet.branchId);
        ScoreRules.check(
                sheet.scores.stream()
                        .map(l -> new ScoreInput(l.indicatorId, l.points, l.comment))
                        .toList(),
                campaigns.indicators(campaignId),
                "comment",
                true,
                true);
        sheet.status = SheetStatus.SUBMITTED;
        sheet.submittedAt = Instant.now();
        Scoresheet.flush();
        aggregates.recompute(campaignId, sheet.branchId);
        changed(sheet, campaign);
        return queries.view(loaded, false);
    }

    @RetryOnDeadlock
    @Transactional
    public ScoresheetView reopen(long campaignId, long id, ReopenRequest request) {
        Campaign campaign = campaigns.visible(campaignId);
        Scoresheet sheet = find(campaignId, id);
        Versions.check(sheet.version, request.version(), "Scoresheet " + sheet.id);
        if (sheet.status != SheetStatus.SUBMITTED) {
            throw ApiException.conflict("SCORESHEET_NOT_SUBMITTED", "Only a submitted scoresheet can be reopened");
        }
        aggregates.lock(campaignId, sheet.branchId);
        sheet.status = SheetStatus.DRAFT;
        sheet.submittedAt = null;
        ScoresheetReopening record = new ScoresheetReopening();
        record.scoresheetId = sheet.id;
        record.reason = request.reason().trim();
        record.reopenedBy = user.username();
        record.reopenedAt = Instant.now();
        record.persist();
        Scoresheet.flush();
        aggregates.recompute(campaignId, sheet.branchId);
        changed(sheet, campaign);
        return queries.view(sheet, true);
    }

    /** Reports a submit or a reopening to the change feed of the campaign's organisation (its drafts are not). */
    private void changed(Scoresheet sheet, Campaign campaign) {
        changes.record(ChangeLog.Change.of(
                ChangedRecord.SCORESHEET,
                sheet.id,
                ChangeOperation.UPDATED,
                sheet.status,
                campaign.id,
                sheet.branchId,
                campaign.organisationId));
    }

    /** Staff see every scoresheet; an assessor their own, and others' for a branch once their own is submitted. */
    private Scoresheet visible(long campaignId, long id) {
        campaigns.visible(campaignId);
        Scoresheet sheet = find(campaignId, id);
        if (user.isAdmin()) {
            return sheet;
        }
        long me = SignedIn.accountId(user);
        if (sheet.assessorId == me
                || Scoresheet.count(
                                "campaignId = ?1 and branchId = ?2 and assessorId = ?3 and status = ?4",
                                campaignId,
                                sheet.branchId,
                                me,
                                SheetStatus.SUBMITTED)
                        > 0) {
            return sheet;
        }
        throw ApiException.notFound("Scoresheet", id);
    }

    private Scoresheet ownDraft(long campaignId, long id, Long version) {
        return ownDraft(find(campaignId, id), version);
    }

    private Scoresheet ownDraft(Scoresheet sheet, Long version) {
        if (sheet.assessorId != SignedIn.accountId(user)) {
            throw ApiException.notFound("Scoresheet", sheet.id);
        }
        Versions.check(sheet.version, version, "Scoresheet " + sheet.id);
        if (sheet.status == SheetStatus.SUBMITTED) {
            throw ApiException.conflict(
                    "SCORESHEET_SUBMITTED",
                    "The scoresheet is submitted and read-only; " + "committee staff can reopen it");
        }
        return sheet;
    }

    private static Scoresheet find(long campaignId, long id) {
        return found(campaignId, id, Scoresheet.findById(id));
    }

    private static Scoresheet found(long campaignId, long id, Scoresheet sheet) {
        if (sheet == null || sheet.campaignId != campaignId) {
            throw ApiException.notFound("Scoresheet", id);
        }
        return sheet;
    }
}
