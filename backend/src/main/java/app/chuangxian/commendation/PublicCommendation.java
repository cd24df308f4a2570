package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The public side of commendation: a list under notice (公示) or decided can be shared as a page, and anyone holding
 * a certificate can check it against the register. Drafts and everything internal (scores, objections,
 * adjustments) stay out; a list that is not public is 404, like one that does not exist.
 */
@ApplicationScoped
public class PublicCommendation {
    private static final Set<ListStatus> PUBLIC_LISTS =
            Set.of(ListStatus.NOTICE, ListStatus.APPROVED, ListStatus.PUBLISHED);
    private static final Set<ListStatus> ISSUED = Set.of(ListStatus.APPROVED, ListStatus.PUBLISHED);

    @Inject
    CampaignAccess campaigns;

    @Inject
    CommendationSettings settings;

    public PublicViews.PublicList list(long listId) {
        CommendationList list = CommendationList.findById(listId);
        if (list == null || !PUBLIC_LISTS.contains(list.status)) {
            throw ApiException.notFound("Commendation list", listId);
        }
        List<PublicViews.PublicEntry> branches = CommendationList.entries(listId).stream()
                .map(e -> new PublicViews.PublicEntry(e.branchId, e.branchName))
                .toList();
        return new PublicViews.PublicList(
                list.id,
                campaignTitle(list),
                list.status,
                list.noticeStartsOn,
                list.noticeEndsOn,
                list.noticeText,
                list.resolutionNumber,
                list.resolutionDate,
                list.publishedAt,
                settings.issuer(),
                publishedCorrection(list),
                branches);
    }

    public PublicViews.CertificateCheck certificate(long listId, long branchId) {
        CommendationList list = CommendationList.findById(listId);
        CommendationEntry entry =
                list == null || !ISSUED.contains(list.status) ? null : CommendationList.entry(listId, branchId);
        if (entry == null) {
            throw ApiException.notFound("Certificate of commendation list " + listId + " for branch", branchId);
        }
        Long correction = publishedCorrection(list);
        boolean inForce = correction == null || CommendationList.entry(correction, branchId) != null;
        return new PublicViews.CertificateCheck(
                listId,
                branchId,
                entry.branchName,
                campaignTitle(list),
                list.status,
                list.resolutionNumber,
                list.resolutionDate,
                settings.issuer(),
                inForce,
                correction);
    }

    private String campaignTitle(CommendationList list) {
        return campaigns.find(list.campaignId).map(c -> c.title).orElse(null);
    }

    /** The newest published list that corrects this one, if any. */
    private Long publishedCorrection(CommendationList list) {
        return CommendationList.<CommendationList>find(
                        "correctsId = ?1 and status = ?2 order by id desc", list.id, ListStatus.PUBLISHED)
                .firstResultOptional()
                .map(l -> l.id)
                .orElse(null);
    }
}
