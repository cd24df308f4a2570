package app.chuangxian.support;

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
}
