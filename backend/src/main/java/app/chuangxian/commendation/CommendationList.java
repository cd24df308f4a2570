package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Stamped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A commendation list (表彰名单) of a campaign, from shortlist through public notice to publication. */
@Entity
@Table(name = "commendation_lists")
public class CommendationList extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ListStatus status = ListStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ShortlistBasis basis;

    @Column(name = "min_grade_code", length = 32)
    public String minGradeCode;

    @Column(name = "top_n")
    public Integer topN;

    /** The published list this one corrects, if it is a correction. */
    @Column(name = "corrects_id")
    public Long correctsId;

    @Column(name = "notice_starts_on")
    public LocalDate noticeStartsOn;

    @Column(name = "notice_ends_on")
    public LocalDate noticeEndsOn;

    @Column(name = "notice_text", columnDefinition = "TEXT")
    public String noticeText;

    @Column(name = "resolution_number", length = 100)
    public String resolutionNumber;

    @Column(name = "resolution_date")
    public LocalDate resolutionDate;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    public static PanacheQuery<CommendationList> ofCampaign(long campaignId, ListStatus status, Sort sort) {
        if (status == null) {
            return find("campaignId = :c", sort, Parameters.with("c", campaignId));
        }
        return find(
                "campaignId = :c and status = :s",
                sort,
                Parameters.with("c", campaignId).and("s", status));
    }

    public static long unpublished(long campaignId) {
        return count("campaignId = ?1 and status <> ?2", campaignId, ListStatus.PUBLISHED);
    }

    public static long published(long campaignId) {
        return count("campaignId = ?1 and status = ?2", campaignId, ListStatus.PUBLISHED);
    }

    /** The latest list of the campaign approved or published from its results, or null. */
    public static CommendationList decided(long campaignId) {
        return find(
                        "campaignId = ?1 and status in ?2 order by id desc",
                        campaignId,
                        List.of(ListStatus.APPROVED, ListStatus.PUBLISHED))
                .firstResult();
    }

    public static Long correctionOf(long listId) {
        return getEntityManager()
                .createQuery("select l.id from CommendationList l where l.correctsId = :id", Long.class)
                .setParameter("id", listId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public static List<CommendationEntry> entries(long listId) {
        return CommendationEntry.list("listId = ?1 order by position, rank, id", listId);
    }

    public static CommendationEntry entry(long listId, long branchId) {
        return CommendationEntry.find("listId = ?1 and branchId = ?2", listId, branchId)
                .firstResult();
    }

    public static List<Adjustment> adjustments(long listId) {
        return Adjustment.list("listId = ?1 order by createdAt, id", listId);
    }

    /** Entry counts of many lists in one query. */
    public static Map<Long, Long> entryCounts(List<Long> listIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (listIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select e.listId, count(e) from CommendationEntry e where e.listId in :ids group by e.listId",
                        Object[].class)
                .setParameter("ids", listIds)
                .getResultList();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** For each of the given lists that has been corrected, the id of the correcting list, in one query. */
    public static Map<Long, Long> corrections(List<Long> listIds) {
        Map<Long, Long> byCorrected = new HashMap<>();
        if (listIds.isEmpty()) {
            return byCorrected;
        }
        getEntityManager()
                .createQuery(
                        "select l.correctsId, l.id from CommendationList l where l.correctsId in :ids", Object[].class)
                .setParameter("ids", listIds)
                .getResultList()
                .forEach(r -> byCorrected.put((Long) r[0], (Long) r[1]));
        return byCorrected;
    }
}
