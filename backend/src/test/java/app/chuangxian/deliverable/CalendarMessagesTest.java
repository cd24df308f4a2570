package app.chuangxian.deliverable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chuangxian.account.Account;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.common.persistence.JobLease;
import app.chuangxian.organisation.Organisation;
import app.chuangxian.organisation.OrganisationLevel;
import app.chuangxian.support.CampaignSamples;
import app.chuangxian.support.Parallel;
import app.chuangxian.support.Samples;
import app.chuangxian.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A campaign walked across its first deadline day by day: a branch that owes its plan hears 7, 3 and 1 day before
 * and once the day after, each account once a day at most and never at night; a branch that handed it in hears
 * nothing; every branch hears once that the next phase opens; the committee's administrators get a digest each
 * morning while a branch is late. The deadlines are years ahead, so no other test's campaign shares them.
 */
@QuarkusTest
class CalendarMessagesTest {
    static final LocalTime MORNING = LocalTime.of(9, 30);

    @Inject
    CalendarMessages reminders;

    @Inject
    JobLease lease;

    @Inject
    EntityManager em;

    @Test
    void aBranchThatOwesHearsSevenThreeAndOneDayBeforeAndOnceAfter() {
        LocalDate deadline = LocalDate.of(2031, 5, 20);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 2);
        ownOrganisation(w);
        long chair = account(w.branchA());
        long colleague = account(w.branchA());
        long done = account(w.branchB());
        handedIn(w.branchB(), w);

        for (LocalDate day = deadline.minusDays(9); !day.isAfter(deadline.plusDays(3)); day = day.plusDays(1)) {
            reminders.send(day, LocalTime.of(7, 59)); // before the day starts: nothing
            reminders.send(day, MORNING);
            reminders.send(day, LocalTime.of(15, 0)); // again the same day: nothing more
            reminders.send(day, LocalTime.of(21, 30)); // at night: nothing
        }

        assertEquals(
                List.of("DEADLINE_REMINDER 7", "DEADLINE_REMINDER 3", "DEADLINE_REMINDER 1", "DEADLINE_OVERDUE -1"),
                sent(chair));
        assertEquals(sent(chair), sent(colleague), "every account of the branch");
        assertEquals(List.of(), sent(done), "a branch that handed everything in hears nothing");
        assertEquals(
                List.of(deadline.minusDays(7), deadline.minusDays(3), deadline.minusDays(1), deadline.plusDays(1)),
                days(chair),
                "each on its day, in the morning");
        // the implementation phase opens the day after the deadline: every branch hears of it, once
        assertEquals(List.of("PHASE_OPENED"), kinds(chair, "PHASE_OPENED"));
        assertEquals(List.of("PHASE_OPENED"), kinds(done, "PHASE_OPENED"));
    }

    @Test
    void branchesOwingAlikeAreRemindedInOneGoEachOnce() {
        LocalDate deadline = LocalDate.of(2032, 8, 20);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 2);
        ownOrganisation(w);
        long chairA = account(w.branchA());
        long chairB = account(w.branchB());

        reminders.send(deadline.minusDays(7), MORNING);
        reminders.send(deadline.minusDays(7), MORNING);

        assertEquals(List.of("DEADLINE_REMINDER 7"), sent(chairA));
        assertEquals(List.of("DEADLINE_REMINDER 7"), sent(chairB));
    }

    @Test
    void staffSetTheCampaignsOwnReminderDays() {
        LocalDate deadline = LocalDate.of(2032, 5, 20);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 1);
        ownOrganisation(w);
        long chair = account(w.branchA());
        // staff change the schedule on the campaign: ten and two days before, as read back
        Map<String, Object> campaign = given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/campaigns/{id}", w.campaignId())
                .then()
                .statusCode(200)
                .body("reminderDays", contains(7, 3, 1))
                .extract()
                .path("");
        Map<String, Object> body = new HashMap<>(CampaignSamples.campaignBody());
        body.put("title", campaign.get("title"));
        body.put("reminderDays", List.of(2, 10, 2));
        body.put("version", campaign.get("version"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .put("/api/v1/campaigns/{id}", w.campaignId())
                .then()
                .statusCode(200)
                .body("reminderDays", contains(10, 2));
        body.put("reminderDays", List.of(0));
        body.put("version", ((Number) campaign.get("version")).intValue() + 1);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .put("/api/v1/campaigns/{id}", w.campaignId())
                .then()
                .statusCode(400)
                .body("fieldErrors[0].field", startsWith("reminderDays"));

        for (LocalDate day = deadline.minusDays(12); !day.isAfter(deadline.plusDays(2)); day = day.plusDays(1)) {
            reminders.send(day, MORNING);
        }
        assertEquals(List.of("DEADLINE_REMINDER 10", "DEADLINE_REMINDER 2", "DEADLINE_OVERDUE -1"), sent(chair));
    }

    @Test
    void readMessagesAreKeptAYearUnreadOnesUntilRead() {
        LocalDate today = LocalDate.of(2033, 3, 1);
        long reader = staff(Organisation.ROOT_ID, "VIEWER");
        Instant now = today.atTime(MORNING)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
        long oldRead = message(reader, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(380)));
        long recentRead = message(reader, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(100)));
        long oldUnread = message(reader, now.minus(Duration.ofDays(400)), null);

        reminders.send(today, MORNING);

        List<Long> kept = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select id from notifications where account_id = ?1 order by id", Long.class)
                        .setParameter(1, reader)
                        .getResultList());
        assertEquals(List.of(recentRead, oldUnread), kept, "message " + oldRead + " was read over a year ago");
    }

    private long message(long account, Instant created, Instant read) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into notifications (account_id, kind, params, created_at, read_at)"
                            + " values (?1, 'PASSWORD_RESET', '{}', ?2, ?3)")
                    .setParameter(1, account)
                    .setParameter(2, created)
                    .setParameter(3, read)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select max(id) from notifications where account_id = ?1")
                            .setParameter(1, account)
                            .getSingleResult())
                    .longValue();
        });
    }

    @Test
    void theCommitteesAdministratorsGetADigestEachMorningWhileABranchIsLate() {
        LocalDate deadline = LocalDate.of(2034, 4, 15);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 2);
        long organisation = ownOrganisation(w);
        long admin = staff(organisation, "ADMIN,VIEWER");
        long viewer = staff(organisation, "VIEWER");
        reminders.send(deadline, MORNING);
        assertEquals(List.of(), kinds(admin, "OVERDUE_DIGEST"), "nobody is late on the day itself");
        reminders.send(deadline.plusDays(1), MORNING);
        reminders.send(deadline.plusDays(1), LocalTime.of(16, 0));
        reminders.send(deadline.plusDays(2), MORNING);
        assertEquals(List.of("OVERDUE_DIGEST", "OVERDUE_DIGEST"), kinds(admin, "OVERDUE_DIGEST"), "one each morning");
        assertEquals(List.of(), kinds(viewer, "OVERDUE_DIGEST"), "for administrators");
        handedIn(w.branchA(), w);
        handedIn(w.branchB(), w);
        reminders.send(deadline.plusDays(3), MORNING);
        assertEquals(2, kinds(admin, "OVERDUE_DIGEST").size(), "none once every branch handed in");
    }

    @Test
    void aBranchWithAnExtensionHearsOfItsOwnDeadline() {
        LocalDate deadline = LocalDate.of(2032, 3, 10);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 2);
        ownOrganisation(w);
        long chair = account(w.branchA());
        QuarkusTransaction.requiringNew().run(() -> {
            DeadlineExtension e = new DeadlineExtension();
            e.campaignId = w.campaignId();
            e.phaseId = w.phase1();
            e.branchId = w.branchA();
            e.deadline = deadline.plusDays(10);
            e.reason = "灾后恢复";
            e.grantedBy = "admin";
            e.persist();
        });
        reminders.send(deadline.minusDays(7), MORNING);
        reminders.send(deadline.plusDays(1), MORNING);
        assertEquals(List.of(), sent(chair), "the phase's own deadline is not theirs");
        reminders.send(deadline.plusDays(3), MORNING);
        reminders.send(deadline.plusDays(11), MORNING);
        assertEquals(List.of("DEADLINE_REMINDER 7", "DEADLINE_OVERDUE -1"), sent(chair));
    }

    @Test
    void sendsAtOnceGiveEachAccountOneReminder() {
        LocalDate deadline = LocalDate.of(2033, 7, 1);
        DeliverableFixture.World w = DeliverableFixture.world(CampaignStatus.ACTIVE, deadline, 2);
        ownOrganisation(w);
        long chair = account(w.branchA());
        long other = account(w.branchB());
        Parallel.run(4, n -> reminders.send(deadline.minusDays(3), MORNING));
        assertEquals(List.of("DEADLINE_REMINDER 3"), sent(chair));
        assertEquals(List.of("DEADLINE_REMINDER 3"), sent(other));
    }

    @Test
    void aLeaseHeldByAnotherInstanceKeepsTheJobFromRunningUntilItEnds() {
        String job = Samples.unique("job");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into job_leases (name, holder, lease_until) values (?1,"
                                + " 'another instance', ?2)")
                        .setParameter(1, job)
                        .setParameter(2, Instant.now().plus(Duration.ofHours(1)))
                        .executeUpdate());
        assertFalse(lease.take(job, Duration.ofMinutes(10)), "held by another");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update job_leases set lease_until = ?1 where name = ?2")
                        .setParameter(1, Instant.now().minusSeconds(1))
                        .setParameter(2, job)
                        .executeUpdate());
        assertTrue(lease.take(job, Duration.ofMinutes(10)), "free once it ran out");
        assertTrue(lease.take(job, Duration.ofMinutes(10)), "this instance's own");
        List<Boolean> others = Parallel.run(2, n -> lease.take("calendar-messages", Duration.ofMinutes(10)));
        lease.release("calendar-messages");
        assertTrue(others.contains(true), "one of them runs");
    }

    /** The branch's plan, handed in (a draft would still be owed). */
    private static void handedIn(long branch, DeliverableFixture.World w) {
        QuarkusTransaction.requiringNew().run(() -> {
            Deliverable d = new Deliverable();
            d.campaignId = w.campaignId();
            d.phaseId = w.phase1();
            d.typeId = w.plan();
            d.branchId = branch;
            d.title = "实施方案";
            d.status = DeliverableStatus.SUBMITTED;
            d.createdBy = "chair";
            d.persist();
        });
    }

    private static long account(long branch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = Samples.unique("chair").toLowerCase();
            a.displayName = "支部主委";
            a.passwordHash = "x";
            a.roles = "BRANCH";
            a.branchId = branch;
            a.persist();
            return a.id;
        });
    }

    /**
     * Moves the world's campaign into an organisation of its own, so that its digests reach only the administrators
     * a test makes there.
     */
    private static long ownOrganisation(DeliverableFixture.World w) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation o = new Organisation();
            o.parentId = Organisation.ROOT_ID;
            o.level = OrganisationLevel.COUNTY;
            o.name = "提醒县" + Samples.unique("o");
            o.code = Samples.unique("RM");
            o.depth = 1;
            o.path = "-";
            o.persistAndFlush();
            o.path = Organisation.ROOT_PATH + o.id + "/";
            em().createNativeQuery("update campaigns set organisation_id = ?1 where id = ?2")
                    .setParameter(1, o.id)
                    .setParameter(2, w.campaignId())
                    .executeUpdate();
            return o.id;
        });
    }

    private static jakarta.persistence.EntityManager em() {
        return Organisation.getEntityManager();
    }

    private static long staff(long organisation, String roles) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = new Account();
            a.username = Samples.unique("staff").toLowerCase();
            a.displayName = "组织部";
            a.passwordHash = "x";
            a.roles = roles;
            a.organisationId = organisation;
            a.persist();
            return a.id;
        });
    }

    private List<String> kinds(long account, String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "select kind from notifications where account_id = ?1 and kind = ?2 order by id")
                        .setParameter(1, account)
                        .setParameter(2, kind)
                        .getResultList()
                        .stream()
                        .map(Object::toString)
                        .toList());
    }

    private List<String> sent(long account) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery("select kind, params from notifications"
                                + " where account_id = ?1 and kind like 'DEADLINE%' order by created_at, id")
                        .setParameter(1, account)
                        .getResultList()
                        .stream()
                        .map(r -> {
                            Object[] row = (Object[]) r;
                            String params = row[1].toString();
                            String days = params.replaceAll(".*\"daysLeft\":\"(-?\\d+)\".*", "$1");
                            return row[0] + " " + days;
                        })
                        .toList());
    }

    private List<LocalDate> days(long account) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "select created_at from notifications where account_id = ?1 and kind like 'DEADLINE%'"
                                        + " order by created_at, id",
                                Instant.class)
                        .setParameter(1, account)
                        .getResultList()
                        .stream()
                        .map(i -> ((Instant) i)
                                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                                .toLocalDate())
                        .toList());
    }
}
