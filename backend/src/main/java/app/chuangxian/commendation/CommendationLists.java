package app.chuangxian.commendation;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Reading commendation lists: staff see every list; everyone else only published ones (others are 404). */
@ApplicationScoped
public class CommendationLists {
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "status", "status", "createdAt", "createdAt", "publishedAt", "publishedAt");

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser user;

    public PageResult<ListViews.Summary> list(long campaignId, ListStatus status, PageQuery paging) {
        // published lists are public (see PublicCommendation): for a branch the list status, not participation,
        // decides; staff read the lists of their organisations' campaigns only
        if (user.isBranchScoped()) {
            campaigns.require(campaignId);
        } else {
            campaigns.visible(campaignId);
        }
        ListStatus only = user.isAdmin() ? status : ListStatus.PUBLISHED;
        if (!user.isAdmin() && status != null && status != ListStatus.PUBLISHED) {
            return paging.result(List.of(), 0);
        }
        PanacheQuery<CommendationList> query =
                CommendationList.ofCampaign(campaignId, only, paging.resolveSort(SORTABLE, "-id"));
        long total = query.count();
        List<CommendationList> page = query.page(paging.panachePage()).list();
        List<Long> ids = page.stream().map(l -> l.id).toList();
        Map<Long, Long> counts = CommendationList.entryCounts(ids);
        Map<Long, Long> corrections = CommendationList.corrections(ids);
        return paging.result(
                page.stream()
                        .map(l -> summary(l, counts.getOrDefault(l.id, 0L), corrections.get(l.id)))
                        .toList(),
                total);
    }

    /**
     * True when the branch is on the campaign's decided commendation list: the latest one published (a correction
     * replaces the list it corrects). What a recommendation up the chain starts from.
     */
    public boolean commended(long campaignId, long branchId) {
        return CommendationEntry.count(
                        "listId = (select max(l.id) from CommendationList l where l.campaignId = ?1 and l.status = ?2)"
                                + " and branchId = ?3",
                        campaignId,
                        ListStatus.PUBLISHED,
                        branchId)
                > 0;
    }

    public ListViews.Detail get(long id) {
        return detail(visible(id));
    }

    /** A list the caller may read, or 404. */
    public CommendationList visible(long id) {
        CommendationList list = CommendationList.findById(id);
        if (list == null
                || (!user.isAdmin() && list.status != ListStatus.PUBLISHED)
                || !(user.isBranchScoped() || campaigns.canSee(list.campaignId))) {
            throw ApiException.notFound("Commendation list", id);
        }
        return list;
    }

    /** A list staff may still change at the given version: never a published one. */
    public CommendationList writable(long id, Long version) {
        CommendationList list = CommendationList.findById(id);
        if (list == null || !campaigns.canSee(list.campaignId)) {
            throw ApiException.notFound("Commendation list", id);
        }
        if (list.status == ListStatus.PUBLISHED) {
            throw ApiException.conflict(
                    "LIST_PUBLISHED",
                    "Commendation list " + id + " is published and cannot change; correct it with a new decision");
        }
        if (version == null || version != list.version) {
            throw ApiException.staleVersion("Commendation list " + id);
        }
        return list;
    }

    ListViews.Detail detail(CommendationList l) {
        Campaign campaign = campaigns.require(l.campaignId);
        List<ListViews.Entry> entries =
                CommendationList.entries(l.id).stream().map(ListViews.Entry::of).toList();
        boolean staff = user.isAdmin();
        List<ListViews.AdjustmentView> adjustments = staff
                ? CommendationList.adjustments(l.id).stream()
                        .map(ListViews.AdjustmentView::of)
                        .toList()
                : List.of();
        Integer open = staff ? Objection.open(l.id).size() : null;
        return new ListViews.Detail(
                l.id,
                l.campaignId,
                campaign.title,
                l.status,
                l.basis,
                l.minGradeCode,
                l.topN,
                l.correctsId,
                CommendationList.correctionOf(l.id),
                l.noticeStartsOn,
                l.noticeEndsOn,
                l.noticeText,
                l.resolutionNumber,
                l.resolutionDate,
                l.approvedAt,
                l.publishedAt,
                entries,
                adjustments,
                open,
                l.version);
    }

    private static ListViews.Summary summary(CommendationList l, long entryCount, Long correctedBy) {
        return new ListViews.Summary(
                l.id,
                l.campaignId,
                l.status,
                l.basis,
                l.minGradeCode,
                l.topN,
                l.correctsId,
                correctedBy,
                l.resolutionNumber,
                l.resolutionDate,
                l.publishedAt,
                entryCount,
                l.version);
    }
}
