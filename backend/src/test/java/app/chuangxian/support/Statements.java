package app.chuangxian.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements the application prepares while a request runs (Hibernate's statistics, switched on for
 * the count): the measure of the statement budgets, which fail when a page's statements grow with its rows.
 */
public final class Statements {
    private Statements() {}

    /** The statements prepared while {@code request} ran (the request returns once the server has answered). */
    public static synchronized long during(Runnable request) {
        Statistics statistics =
                Arc.container().instance(SessionFactory.class).get().getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getPrepareStatementCount();
            request.run();
            return statistics.getPrepareStatementCount() - before;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    /**
     * A statement budget: {@code what} cost {@code few} statements on a small data set and {@code many} on a larger
     * one; they must be equal (no statement per row) and within {@code budget}.
     */
    public static void withinBudget(String what, long few, long many, long budget) {
        assertEquals(few, many, what + ": statements on the larger data set against the smaller");
        assertThat(what + ": statements", many, allOf(greaterThan(0L), lessThanOrEqualTo(budget)));
    }
}
