package app.chuangxian.commendation;

import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a shortlist from finalised results and adjusts it by hand. Rules: a campaign has at most one list
 * in progress; once a list is published a new one must correct it; every addition or removal needs a reason;
 * an ineligible branch may be added, with a reason, and stays flagged as ineligible on the list.
 */
@ApplicationScoped
public class ShortlistService {

    @Inject
    CommendationLists reader;

    @Inject
    ResultsGateway results;

    @Inject
    CurrentUser user;

    @Inject
    CampaignAccess campaigns;

    @Transactional
    public ListViews.Detail create(long campaignId, ListRequests.Shortlist request) {
        campaigns.visible(campaignId);
        List<BranchResult> finals = results.finalResults(campaignId);
        if (CommendationList.unpublished(campaignId) > 0) {
            throw ApiException.conflict(
                    "LIST_IN_PROGRESS", "This campaign already has a commendation list in progress");
        }
        CommendationList list = new CommendationList();
        list.campaignId = campaignId;
        list.basis = request.basis();
        list.createdBy = user.username();
        List<CommendationEntry> entries;
        if (request.basis() == ShortlistBasis.CORRECTION) {
            CommendationList corrected = corrected(campaignId, request.correctsId());
            list.correctsId = corrected.id;
            CommendationList.persist(list);
            entries = CommendationList.entries(corrected.id).stream()
                    .map(e -> e.copyTo(list.id))
                    .toList();
        } else {
            if (CommendationList.published(campaignId) > 0) {
                throw ApiException.conflict(
                        "LIST_ALREADY_PUBLISHED",
                        "This campaign's list is published; change it with a correction (basis CORRECTION)");
            }
            List<BranchResult> drawn = request.basis() == ShortlistBasis.GRADE
                    ? byGrade(campaignId, request.minGradeCode(), finals)
                    : topN(request.topN(), finals);
            list.minGradeCode = request.basis() == ShortlistBasis.GRADE ? request.minGradeCode() : null;
            list.topN = request.basis() == ShortlistBasis.TOP_N ? request.topN() : null;
            CommendationList.persist(list);
            entries = drawn.stream()
                    .map(r -> CommendationEntry.of(list.id, r, CommendationEntry.FROM_RESULTS))
                    .toList();
        }
        entries.forEach(e -> e.persist());
        CommendationList.flush();
        return reader.detail(list);
    }

    @Transactional
    public ListViews.Detail add(long listId, ListRequests.Adjust request) {
        CommendationList list = adjustable(listId, request.version());
        BranchResult result = results.resultOf(list.campaignId, request.branchId())
                .orElseThrow(() -> ApiException.invalidField("branchId", "has no result in this campaign"));
        if (CommendationList.entry(listId, request.branchId()) != null) {
            throw ApiException.conflict("ALREADY_ON_LIST", result.branchName() + " is already on the list");
        }
        CommendationEntry.of(listId, result, CommendationEntry.ADDED).persist();
        record(list, request.branchId(), result.branchName(), Adjustment.ADD, request.reason());
        return reader.detail(list);
    }

    @Transactional
    public ListViews.Detail remove(long listId, ListRequests.Adjust request) {
        CommendationList list = adjustable(listId, request.version());
        CommendationEntry entry = CommendationList.entry(listId, request.branchId());
        if (entry == null) {
            throw ApiException.conflict("NOT_ON_LIST", "Branch " + request.branchId() + " is not on the list");
        }
        entry.delete();
        record(list, entry.branchId, entry.branchName, Adjustment.REMOVE, request.reason());
        return reader.detail(list);
    }

    private CommendationList adjustable(long listId, Long version) {
        CommendationList list = reader.writable(listId, version);
        if (list.status != ListStatus.DRAFT && list.status != ListStatus.NOTICE) {
            throw ApiException.conflict("LIST_APPROVED", "An approved list cannot be adjusted");
        }
        return list;
    }

    private void record(CommendationList list, long branchId, String branchName, String action, String reason) {
        Adjustment a = new Adjustment();
        a.listId = list.id;
        a.branchId = branchId;
        a.branchName = branchName;
        a.action = action;
        a.reason = reason.trim();
        a.madeBy = user.username();
        a.persist();
        list.updatedAt = java.time.Instant.now(); // bumps the version: the list changed
        CommendationList.flush();
    }

    private CommendationList corrected(long campaignId, Long correctsId) {
        if (correctsId == null) {
            throw ApiException.invalidField("correctsId", "is required for a correction");
        }
        CommendationList corrected = CommendationList.findById(correctsId);
        if (corrected == null || corrected.campaignId != campaignId) {
            throw ApiException.invalidField("correctsId", "is not a list of this campaign");
        }
        if (corrected.status != ListStatus.PUBLISHED || CommendationList.correctionOf(correctsId) != null) {
            throw ApiException.conflict("NOT_CORRECTABLE", "Only the latest published list can be corrected");
        }
        return corrected;
    }

    private List<BranchResult> byGrade(long campaignId, String gradeCode, List<BranchResult> finals) {
        if (gradeCode == null || gradeCode.isBlank()) {
            throw ApiException.invalidField("minGradeCode", "is required for basis GRADE");
        }
        Map<String, BigDecimal> minima =
                campaigns.grades(campaignId).stream().collect(Collectors.toMap(g -> g.code, g -> g.minTotal));
        BigDecimal floor = minima.get(gradeCode);
        if (floor == null) {
            throw ApiException.invalidField("minGradeCode", "is not a grade of this campaign");
        }
        return finals.stream()
                .filter(BranchResult::eligible)
                .filter(r -> r.gradeCode() != null
                        && minima.containsKey(r.gradeCode())
                        && minima.get(r.gradeCode()).compareTo(floor) >= 0)
                .toList();
    }

    private static List<BranchResult> topN(Integer n, List<BranchResult> finals) {
        if (n == null) {
            throw ApiException.invalidField("topN", "is required for basis TOP_N");
        }
        List<BranchResult> eligible = finals.stream()
                .filter(BranchResult::eligible)
                .sorted(Comparator.comparingInt(BranchResult::position))
                .toList();
        if (eligible.size() <= n) {
            return eligible;
        }
        int cutOffRank = eligible.get(n - 1).rank();
        return eligible.stream().filter(r -> r.rank() <= cutOffRank).toList();
    }
}
