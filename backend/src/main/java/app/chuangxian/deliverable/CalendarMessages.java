package app.chuangxian.deliverable;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.PhaseStarts;
import app.chuangxian.common.persistence.JobLease;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.notification.NotificationKind;
import app.chuangxian.notification.NotificationService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The messages of the campaign calendar, sent by day (ADR 017):
 * <ul>
 * <li>reminders before deadlines (提醒): on the days of the campaign's schedule before a phase's deadline (7, 3 and 1
 * unless staff set others; the branch's extension when it has one), every branch that still owes a required deliverable of that phase gets a message, and one overdue notice the
 * day after a deadline it missed. Branches that handed everything in hear nothing; each account gets at most one
 * reminder a day (the most urgent);</li>
 * <li>the day a phase opens, every participating branch hears of it, once;</li>
 * <li>each morning, the administrators of a campaign's organisation get a digest of the branches late with required
 * deliverables, while any is;</li>
 * <li>messages read more than {@code app.messages.keep-read-days} (365) days ago are removed;</li>
 * <li>each phase that has started is reported to the change feed ({@link PhaseStarts}), at night too.</li>
 * </ul>
 * None at night where the committee sits; none for a campaign entered as of a past date; the job runs once across API
 * instances ({@link JobLease}).
 */
@ApplicationScoped
public class CalendarMessages {
    static final String JOB = "calendar-messages";
    /** Reminders go out between these hours of the committee's day, not at night. */
    static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

    static final LocalTime NIGHT_STARTS = LocalTime.of(21, 0);

    /** At most this many branches in one reminder statement's list. */
    static final int BRANCHES_PER_STATEMENT = 1000;

    /**
     * The required deliverables of the running campaigns (not entered as of a past date) of phases that have started,
     * that an active participating branch has not handed in; {@link #DUE} is the branch's deadline for each.
     */
    private static final String OWED = " from deliverable_types t"
            + " join campaigns c on c.id = t.campaign_id and c.status = 'ACTIVE' and c.recorded_as_of is null"
            + " join campaign_branches cb on cb.campaign_id = t.campaign_id"
            + " join branches b on b.id = cb.branch_id and b.status = 'ACTIVE'"
            + " join campaign_phases p on p.id = t.phase_id and p.starts_on <= :today"
            + " left join deadline_extensions e on e.phase_id = t.phase_id and e.branch_id = cb.branch_id"
            + " where t.required = true and not exists (select 1 from deliverables d where d.type_id = t.id"
            + " and d.branch_id = cb.branch_id and d.status <> 'DRAFT')";

    /** The deadline of a row of {@link #OWED}: the branch's extension, else the phase's end. */
    private static final String DUE = "coalesce(e.deadline, p.ends_on)";

    private static final Logger LOG = Logger.getLogger(CalendarMessages.class);

    @Inject
    CommitteeClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    JobLease lease;

    @Inject
    PhaseStarts phaseStarts;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "app.reminders.enabled", defaultValue = "true")
    boolean enabled;

    /** How long a message is kept once read. */
    @ConfigProperty(name = "app.messages.keep-read-days", defaultValue = "365")
    int keepReadDays;

    @Scheduled(
            every = "${app.reminders.every:30m}",
            delayed = "${app.reminders.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        LocalTime time = LocalTime.now(clock.zone());
        if (!lease.take(JOB, Duration.ofMinutes(10))) {
            return;
        }
        try {
            int sent = send(clock.today(), time);
            if (sent > 0) {
                LOG.infof("campaign calendar: %d messages", sent);
            }
        } finally {
            lease.release(JOB);
        }
    }

    /**
     * Sends the messages of {@code today} as of {@code time} of the committee's day; nothing at night. Answers how
     * many messages went out (again the same day: none, each has gone out already).
     */
    @Transactional
    public int send(LocalDate today, LocalTime time) {
        // two sends at once (a replica whose lease ran out, a test) wait for each other: one reminder a day each
        em.createNativeQuery("select name from job_leases where name = :job for update")
                .setParameter("job", JOB)
                .getResultList();
        phaseStarts.report(today);
        if (time.isBefore(DAY_STARTS) || !time.isBefore(NIGHT_STARTS)) {
            return 0;
        }
        Instant at = today.atTime(time).atZone(clock.zone()).toInstant();
        Instant since = today.atStartOfDay(clock.zone()).toInstant();
        int sent = 0;
        // branches owing the same count of the same phase by the same deadline get the same words: one statement each
        Map<Owed, List<Long>> alike = new LinkedHashMap<>();
        for (Owed owed : mostUrgent(today)) {
            alike.computeIfAbsent(owed.withoutBranch(), k -> new ArrayList<>()).add(owed.branchId());
        }
        for (Map.Entry<Owed, List<Long>> group : alike.entrySet()) {
            Owed owed = group.getKey();
            long daysLeft = ChronoUnit.DAYS.between(today, owed.deadline());
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("campaign", owed.campaign());
            params.put("phase", owed.phase());
            params.put("deadline", owed.deadline().toString());
            params.put("daysLeft", Long.toString(daysLeft));
            params.put("owed", Long.toString(owed.count()));
            List<Long> branches = group.getValue();
            for (int from = 0; from < branches.size(); from += BRANCHES_PER_STATEMENT) {
                sent += notifications.remind(
                        branches.subList(from, Math.min(branches.size(), from + BRANCHES_PER_STATEMENT)),
                        daysLeft < 0 ? NotificationKind.DEADLINE_OVERDUE : NotificationKind.DEADLINE_REMINDER,
                        owed.campaignId(),
                        owed.phaseId(),
                        params,
                        at,
                        since);
            }
        }
        sent += phasesOpening(today, at);
        sent += digests(today, at, since);
        notifications.purgeReadBefore(since.minus(Duration.ofDays(keepReadDays)));
        return sent;
    }

    /** Each phase that opens today, announced to the campaign's participants once. */
    private int phasesOpening(LocalDate today, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.title, p.id, p.name, p.starts_on, p.ends_on"
                        + " from campaign_phases p join campaigns c on c.id = p.campaign_id and c.status = 'ACTIVE'"
                        + " and c.recorded_as_of is null where p.starts_on = :today order by c.id, p.seq")
                .setParameter("today", today)
                .getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("campaign", r[1]);
            params.put("phase", r[3]);
            params.put("from", day(r[4]).toString());
            params.put("until", day(r[5]).toString());
            sent += notifications.toParticipantsOnce(
                    ((Number) r[0]).longValue(),
                    NotificationKind.PHASE_OPENED,
                    ((Number) r[2]).longValue(),
                    params,
                    at);
        }
        return sent;
    }

    /**
     * For each running campaign with branches late (a required deliverable of a started phase past the branch's
     * deadline, not handed in), a digest to its organisation's administrators, once a day. One grouped statement.
     */
    private int digests(LocalDate today, Instant at, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.title, c.organisation_id,"
                        + " count(distinct cb.branch_id), count(*)"
                        + OWED + " and " + DUE + " < :today"
                        + " group by c.id, c.title, c.organisation_id order by c.id")
                .setParameter("today", today)
                .getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("campaign", r[1]);
            params.put("branches", Long.toString(((Number) r[3]).longValue()));
            params.put("owed", Long.toString(((Number) r[4]).longValue()));
            sent += notifications.toAdministratorsDaily(
                    ((Number) r[2]).longValue(),
                    NotificationKind.OVERDUE_DIGEST,
                    ((Number) r[0]).longValue(),
                    params,
                    at,
                    since);
        }
        return sent;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** What a branch owes of one phase by one deadline. */
    record Owed(
            long branchId,
            long campaignId,
            String campaign,
            long phaseId,
            String phase,
            LocalDate deadline,
            long count) {

        /** The same debt, whoever owes it: what branches reminded in one statement share. */
        Owed withoutBranch() {
            return new Owed(0, campaignId, campaign, phaseId, phase, deadline, count);
        }
    }

    /**
     * For each branch owing required deliverables of a phase whose deadline is a reminder day (or was yesterday),
     * the most urgent such phase: the one missed yesterday, else the nearest deadline. One grouped statement.
     */
    List<Owed> mostUrgent(LocalDate today) {
        java.util.Set<LocalDate> days = new java.util.TreeSet<>();
        days.add(today.minusDays(1));
        @SuppressWarnings("unchecked")
        List<String> schedules = em.createNativeQuery("select distinct c.reminder_days from campaigns c"
                        + " where c.status = 'ACTIVE' and c.recorded_as_of is null")
                .getResultList();
        schedules.forEach(schedule -> Campaign.reminderDaysOf(schedule).forEach(d -> days.add(today.plusDays(d))));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cb.branch_id, t.campaign_id, c.title, p.id, p.name,"
                        + " " + DUE + " as due, count(*), c.reminder_days"
                        + OWED + " and " + DUE + " in (:days)"
                        + " group by cb.branch_id, t.campaign_id, c.title, p.id, p.name, " + DUE + ", c.reminder_days"
                        + " order by cb.branch_id, t.campaign_id, p.id")
                .setParameter("today", today)
                .setParameter("days", days)
                .getResultList();
        Map<Long, Owed> urgent = new LinkedHashMap<>();
        Map<String, List<Integer>> parsed = new java.util.HashMap<>();
        for (Object[] r : rows) {
            Owed owed = new Owed(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    (String) r[4],
                    day(r[5]),
                    ((Number) r[6]).longValue());
            long daysLeft = ChronoUnit.DAYS.between(today, owed.deadline());
            // the campaign's own schedule decides; the day after a missed deadline is every campaign's
            if (daysLeft < 0
                    || parsed.computeIfAbsent((String) r[7], Campaign::reminderDaysOf)
                            .contains((int) daysLeft)) {
                urgent.merge(owed.branchId(), owed, CalendarMessages::moreUrgent);
            }
        }
        return List.copyOf(urgent.values());
    }

    /** A deadline missed comes first; then the nearer one. */
    private static Owed moreUrgent(Owed a, Owed b) {
        return a.deadline().compareTo(b.deadline()) <= 0 ? a : b;
    }
}
