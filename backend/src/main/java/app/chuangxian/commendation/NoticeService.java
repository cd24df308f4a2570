package app.chuangxian.commendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.VersionRequest;
import app.chuangxian.common.changes.ChangeLog;
import app.chuangxian.common.changes.ChangeOperation;
import app.chuangxian.common.changes.ChangedRecord;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Public notice (公示), objections, approval and publication. Objections are recorded only while the notice
 * runs (its first to its last day); the list is approved only after the last day and with no open objection;
 * publication makes it immutable.
 */
@ApplicationScoped
public class NoticeService {
    static final Map<String, String> SORTABLE = Map.of("id", "id", "status", "status", "receivedOn", "receivedOn");

    @Inject
    CommendationLists reader;

    @Inject
    NotificationService notifications;

    @Inject
    ChangeLog changes;

    @Inject
    CommitteeClock clock;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    @Transactional
    public ListViews.Detail openNotice(long listId, ListRequests.Notice request) {
        CommendationList list = reader.writable(listId, request.version());
        requireStatus(list, ListStatus.DRAFT, "The notice can only be opened on a draft list");
        Campaign campaign = campaigns.require(list.campaignId);
        // A notice held earlier (on paper) is history being entered: allowed while the campaign is in that mode.
        NoticeRules.requireWindow(
                request.startsOn(),
                request.endsOn(),
                clock.today(),
                campaign.recordedAsOf != null,
                campaign.noticeMinWorkingDays);
        if (CommendationList.entries(listId).isEmpty()) {
            throw ApiException.conflict("LIST_EMPTY", "An empty list cannot be announced");
        }
        list.noticeStartsOn = request.startsOn();
        list.noticeEndsOn = request.endsOn();
        list.noticeText = request.text().trim();
        list.status = ListStatus.NOTICE;
        CommendationList.flush();
        changed(list, campaign);
        return reader.detail(list);
    }

    @Transactional
    public ListViews.ObjectionView record(long listId, ListRequests.NewObjection request) {
        CommendationList list = reader.visible(listId);
        requireStatus(list, ListStatus.NOTICE, "Objections are recorded during the public notice");
        var today = clock.today();
        NoticeRules.requireRunning(list.noticeStartsOn, list.noticeEndsOn, today);
        CommendationEntry entry = CommendationList.entry(listId, request.branchId());
        if (entry == null) {
            throw ApiException.invalidField("branchId", "is not on this list");
        }
        Objection o = new Objection();
        o.listId = listId;
        o.branchId = request.branchId();
        o.raisedBy = request.raisedBy() == null || request.raisedBy().isBlank()
                ? null
                : request.raisedBy().trim();
        o.receivedOn = today;
        o.content = request.content().trim();
        o.recordedBy = user.username();
        o.persistAndFlush();
        return ListViews.ObjectionView.of(o, entry.branchName);
    }

    @Transactional
    public ListViews.ObjectionView resolve(long listId, long objectionId, ListRequests.Resolve request) {
        CommendationList list = reader.visible(listId);
        Objection o = Objection.findById(objectionId);
        if (o == null || o.listId != listId) {
            throw ApiException.notFound("Objection", objectionId);
        }
        requireStatus(list, ListStatus.NOTICE, "Objections are handled while the list is under notice");
        if (request.version() != o.version) {
            throw ApiException.staleVersion("Objection " + objectionId);
        }
        o.handling = request.handling().trim();
        o.outcome = request.outcome().trim();
        if (o.status == ObjectionStatus.OPEN) {
            o.status = ObjectionStatus.RESOLVED;
            o.resolvedAt = Instant.now();
        }
        Objection.flush();
        return ListViews.ObjectionView.of(o, branchNames(listId).get(o.branchId));
    }

    public PageResult<ListViews.ObjectionView> objections(long listId, ObjectionStatus status, PageQuery paging) {
        reader.visible(listId);
        PanacheQuery<Objection> query = Objection.ofList(listId, status, paging.resolveSort(SORTABLE, "id"));
        long total = query.count();
        Map<Long, String> names = branchNames(listId);
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(o -> ListViews.ObjectionView.of(o, names.get(o.branchId)))
                        .toList(),
                total);
    }

    /** Every objection to a list, oldest first, for the printed list. */
    public List<ListViews.ObjectionView> all(long listId) {
        Map<Long, String> names = branchNames(listId);
        return Objection.all(listId).stream()
                .map(o -> ListViews.ObjectionView.of(o, names.get(o.branchId)))
                .toList();
    }

    @Transactional
    public ListViews.Detail approve(long listId, ListRequests.Approve request) {
        CommendationList list = reader.writable(listId, request.version());
        requireStatus(list, ListStatus.NOTICE, "Only a list that went through its public notice can be approved");
        NoticeRules.requireEnded(list.noticeEndsOn, clock.today());
        List<Objection> open = Objection.open(listId);
        if (!open.isEmpty()) {
            Map<Long, String> names = branchNames(listId);
            throw ApiException.conflict(
                    "OBJECTIONS_OPEN",
                    open.size() + " objection(s) unresolved: "
                            + open.stream()
                                    .map(o -> "#" + o.id + " (" + names.get(o.branchId) + ")")
                                    .collect(Collectors.joining(", ")));
        }
        list.resolutionNumber = request.resolutionNumber().trim();
        list.resolutionDate = request.resolutionDate();
        list.approvedBy = user.username();
        list.approvedAt = Instant.now();
        list.status = ListStatus.APPROVED;
        CommendationList.flush();
        changed(list, campaigns.require(list.campaignId));
        return reader.detail(list);
    }

    @Transactional
    public ListViews.Detail publish(long listId, VersionRequest request) {
        CommendationList list = reader.writable(listId, request.version());
        requireStatus(list, ListStatus.APPROVED, "Only an approved list can be published");
        list.status = ListStatus.PUBLISHED;
        list.publishedAt = Instant.now();
        CommendationList.flush();
        Campaign campaign = campaigns.require(list.campaignId);
        changed(list, campaign);
        notifications.toParticipants(
                list.campaignId, NotificationKind.COMMENDATION_PUBLISHED, Map.of("campaign", campaign.title));
        return reader.detail(list);
    }

    /** Reports the list's new status to the change feed of the campaign's organisation. */
    private void changed(CommendationList list, Campaign campaign) {
        changes.record(ChangeLog.Change.of(
                ChangedRecord.COMMENDATION_LIST,
                list.id,
                ChangeOperation.UPDATED,
                list.status,
                campaign.id,
                null,
                campaign.organisationId));
    }

    /** Names of the branches on the list, and of those objected to but since removed from it. */
    Map<Long, String> branchNames(long listId) {
        Map<Long, String> names =
                CommendationList.entries(listId).stream().collect(Collectors.toMap(e -> e.branchId, e -> e.branchName));
        CommendationList.adjustments(listId).forEach(a -> names.putIfAbsent(a.branchId, a.branchName));
        return names;
    }

    private static void requireStatus(CommendationList list, ListStatus wanted, String message) {
        if (list.status == ListStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "LIST_PUBLISHED", "Commendation list " + list.id + " is published and cannot change");
        }
        if (list.status != wanted) {
            throw ApiException.conflict("LIST_NOT_" + wanted, message + " (the list is " + list.status + ")");
        }
    }
}
