package app.chuangxian.deliverable;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminders before deadlines (提醒): 7, 3 and 1 day before a phase's deadline (the branch's extension when it has
 * one), every branch that still owes a required deliverable of that phase gets a message, and one overdue notice the
 * day after a deadline it missed. Branches that handed everything in hear nothing. Each account gets at most one
 * reminder a day (the most urgent), none at night where the committee sits, and the job runs once across API
 * instances ({@link JobLease}); a campaign entered as of a past date sends none.
 */
@ApplicationScoped
public class DeadlineReminders {
    static final String JOB = "deadline-reminders";
    /** Days before a deadline on which a reminder goes out. */
    static final List<Integer> DAYS_BEFORE = List.of(7, 3, 1);
    /** Reminders go out between these hours of the committee's day, not at night. */
    static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

    static final LocalTime NIGHT_STARTS = LocalTime.of(21, 0);

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);

    @Inject
    CommitteeClock clock;

    @Inject
    NotificationService notifications;

    @Inject
    JobLease lease;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "app.reminders.enabled", defaultValue = "true")
    boolean enabled;

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
                LOG.infof("deadline reminders: %d messages", sent);
            }
        } finally {
            lease.release(JOB);
        }
    }

    /**
     * Sends the reminders of {@code today} as of {@code time} of the committee's day; nothing at night. Answers how
     * many messages went out (again the same day: none, each account has had its one).
     */
    @Transactional
    public int send(LocalDate today, LocalTime time) {
        if (time.isBefore(DAY_STARTS) || !time.isBefore(NIGHT_STARTS)) {
            return 0;
        }
        // two sends at once (a replica whose lease ran out, a test) wait for each other: one reminder a day each
        em.createNativeQuery("select name from job_leases where name = :job for update")
                .setParameter("job", JOB)
                .getResultList();
        Instant at = today.atTime(time).atZone(clock.zone()).toInstant();
        Instant since = today.atStartOfDay(clock.zone()).toInstant();
        int sent = 0;
        for (Owed owed : mostUrgent(today)) {
            long daysLeft = ChronoUnit.DAYS.between(today, owed.deadline());
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("campaign", owed.campaign());
            params.put("phase", owed.phase());
            params.put("deadline", owed.deadline().toString());
            params.put("daysLeft", Long.toString(daysLeft));
            params.put("owed", Long.toString(owed.count()));
            sent += notifications.remind(
                    owed.branchId(),
                    daysLeft < 0 ? NotificationKind.DEADLINE_OVERDUE : NotificationKind.DEADLINE_REMINDER,
                    owed.campaignId(),
                    owed.phaseId(),
                    params,
                    at,
                    since);
        }
        return sent;
    }

    /** What a branch owes of one phase by one deadline. */
    record Owed(
            long branchId,
            long campaignId,
            String campaign,
            long phaseId,
            String phase,
            LocalDate deadline,
            long count) {}

    /**
     * For each branch owing required deliverables of a phase whose deadline is a reminder day (or was yesterday),
     * the most urgent such phase: the one missed yesterday, else the nearest deadline. One grouped statement.
     */
    List<Owed> mostUrgent(LocalDate today) {
        List<LocalDate> days = new java.util.ArrayList<>(
                DAYS_BEFORE.stream().map(d -> today.plusDays(d)).toList());
        days.add(today.minusDays(1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cb.branch_id, t.campaign_id, c.title, p.id, p.name,"
                        + " coalesce(e.deadline, p.ends_on) as due, count(*)"
                        + " from deliverable_types t"
                        + " join campaigns c on c.id = t.campaign_id and c.status = 'ACTIVE'"
                        + " and c.recorded_as_of is null"
                        + " join campaign_branches cb on cb.campaign_id = t.campaign_id"
                        + " join branches b on b.id = cb.branch_id and b.status = 'ACTIVE'"
                        + " join campaign_phases p on p.id = t.phase_id and p.starts_on <= :today"
                        + " left join deadline_extensions e on e.phase_id = t.phase_id and e.branch_id = cb.branch_id"
                        + " where t.required = true and coalesce(e.deadline, p.ends_on) in (:days)"
                        + " and not exists (select 1 from deliverables d where d.type_id = t.id"
                        + " and d.branch_id = cb.branch_id and d.status <> 'DRAFT')"
                        + " group by cb.branch_id, t.campaign_id, c.title, p.id, p.name, coalesce(e.deadline, p.ends_on)"
                        + " order by cb.branch_id, t.campaign_id, p.id")
                .setParameter("today", today)
                .setParameter("days", days)
                .getResultList();
        Map<Long, Owed> urgent = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Owed owed = new Owed(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    (String) r[4],
                    r[5] instanceof Date d ? d.toLocalDate() : (LocalDate) r[5],
                    ((Number) r[6]).longValue());
            urgent.merge(owed.branchId(), owed, DeadlineReminders::moreUrgent);
        }
        return List.copyOf(urgent.values());
    }

    /** A deadline missed comes first; then the nearer one. */
    private static Owed moreUrgent(Owed a, Owed b) {
        return a.deadline().compareTo(b.deadline()) <= 0 ? a : b;
    }
}
