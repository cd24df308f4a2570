package app.chuangxian.campaign;

import app.chuangxian.common.persistence.Stamped;
import app.chuangxian.common.time.CommitteeClock;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A campaign (创建活动) to become an advanced grassroots organisation. */
@Entity
@Table(name = "campaigns")
public class Campaign extends Stamped {
    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "campaign_year", nullable = false)
    public int year;

    /** The documents the campaign is issued under (《意见》, 进晋字【2009】17号 ...). */
    @Column(name = "basis_documents", columnDefinition = "TEXT")
    public String basisDocuments;

    /** 指导思想 */
    @Column(name = "guiding_ideology", columnDefinition = "TEXT")
    public String guidingIdeology;

    /** 目标要求 */
    @Column(columnDefinition = "TEXT")
    public String goals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CampaignStatus status = CampaignStatus.DRAFT;

    /** The earlier campaign this one was created from, if any. */
    @Column(name = "template_id")
    public Long templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_method", nullable = false, length = 16)
    public AggregationMethod aggregationMethod = AggregationMethod.MEAN;

    /** Scoresheet totals (or one indicator) spreading more than this flag a branch for consensus. */
    @Column(name = "disagreement_threshold", nullable = false, precision = 6, scale = 1)
    public BigDecimal disagreementThreshold = new BigDecimal("10.0");

    /** A public notice (公示) of the campaign runs at least this many working days. */
    @Column(name = "notice_min_working_days", nullable = false)
    public int noticeMinWorkingDays = 5;

    /** Days before a deadline on which branches still owing required deliverables are reminded, most distant first. */
    @Column(name = "reminder_days", nullable = false, length = 40)
    public String reminderDays = "7,3,1";

    /** {@link #reminderDays} as numbers. */
    public List<Integer> reminderDayList() {
        return reminderDaysOf(reminderDays);
    }

    /** A reminder schedule as stored ("7,3,1"; empty for none), as numbers. */
    public static List<Integer> reminderDaysOf(String schedule) {
        return schedule == null || schedule.isBlank()
                ? List.of()
                : java.util.Arrays.stream(schedule.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList();
    }

    /** Stores the schedule: each day once, most distant first. */
    public void setReminderDayList(List<Integer> days) {
        reminderDays = days.stream()
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Set while staff enter a campaign that already happened: submissions are dated this day instead of today, so
     * deadlines are judged as they stood then. Null for a campaign run live.
     */
    @Column(name = "recorded_as_of")
    public LocalDate recordedAsOf;

    /** The organisation that runs the campaign; its staff and those above act on it. */
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId = app.chuangxian.organisation.Organisation.ROOT_ID;

    /** The parent organisation's campaign this one adopts as its implementation plan (实施方案), if any. */
    @Column(name = "parent_campaign_id")
    public Long parentCampaignId;

    /** The document number of an adopted campaign's plan (进晋字【2009】17号). */
    @Column(name = "document_number", length = 64)
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_status", nullable = false, length = 16)
    public ResultsStatus resultsStatus = ResultsStatus.OPEN;

    /** The day the campaign's records are dated: today, or the day a past campaign is being entered as of. */
    public LocalDate dayOf(CommitteeClock clock) {
        return recordedAsOf != null ? recordedAsOf : clock.today();
    }

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    /**
     * The filters of the campaign list, each optional; {@code branchId} limits to campaigns it takes part in,
     * {@code organisations} to campaigns of these organisations.
     */
    public record Filter(String q, CampaignStatus status, Integer year, Long branchId, List<Long> organisations) {}

    public static PanacheQuery<Campaign> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(title) like :q or lower(goals) like :q)");
            params.and("q", app.chuangxian.common.persistence.Like.containing(filter.q()));
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        if (filter.organisations() != null) {
            where.add("organisationId in :organisations");
            params.and("organisations", filter.organisations());
        }
        if (filter.branchId() != null) {
            where.add("id in (select p.campaignId from Participation p where p.branchId = :branchId)");
            params.and("branchId", filter.branchId());
        }
        return find(String.join(" and ", where), sort, params);
    }

    /** The current phase of each campaign, by campaign id, in one query. */
    public static Map<Long, Long> currentPhases(Collection<Long> campaignIds, LocalDate today) {
        Map<Long, Long> result = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        getEntityManager()
                .createQuery(
                        "select p.campaignId, p.id from Phase p where p.campaignId in :ids"
                                + " and p.startsOn <= :today and p.endsOn >= :today",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .setParameter("today", today)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], (Long) row[1]));
        return result;
    }

    /**
     * For each campaign, by id: its participating branches and the plans that adopt it (ADR 016), in one query.
     */
    public static Map<Long, long[]> counts(Collection<Long> campaignIds) {
        Map<Long, long[]> result = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        getEntityManager()
                .createQuery(
                        "select c.id, (select count(p) from Participation p where p.campaignId = c.id),"
                                + " (select count(k) from Campaign k where k.parentCampaignId = c.id)"
                                + " from Campaign c where c.id in :ids",
                        Object[].class)
                .setParameter("ids", campaignIds)
                .getResultList()
                .forEach(row -> result.put(
                        (Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return result;
    }
}
