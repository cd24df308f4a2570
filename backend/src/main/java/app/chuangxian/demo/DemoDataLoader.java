package app.chuangxian.demo;

import app.chuangxian.common.time.CommitteeClock;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import org.jboss.logging.Logger;

/** Loads the demo data (the 2009 campaign of the Lüliang committee) into an empty database. */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    public static final String DEMO_PASSWORD = "Demo@2009";

    @Inject
    DemoDataSettings settings;

    @Inject
    Instance<DemoSeeder> seeders;

    @Inject
    EntityManager em;

    @Inject
    CommitteeClock clock;

    @Transactional
    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!settings.enabled()) {
            return;
        }
        long branches =
                ((Number) em.createNativeQuery("select count(*) from branches").getSingleResult()).longValue();
        if (branches > 0) {
            LOG.info("Demo data: the database already holds data; nothing loaded");
            return;
        }
        DemoContext context =
                new DemoContext(clock.today()); // the live campaign's phases sit around the committee's today
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(s -> s.seed(context));
        StringBuilder out = new StringBuilder("Demo data loaded. Sign in with any of these (password ")
                .append(DEMO_PASSWORD)
                .append("):");
        context.signIns.forEach((user, what) ->
                out.append("\n    ").append(String.format("%-12s", user)).append(what));
        LOG.info(out);
    }
}
