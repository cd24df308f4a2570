package app.chuangxian.assessment;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, gives every branch with submitted scoresheets or a consensus but no kept aggregate its aggregate rows:
 * the data scored before the aggregates were kept. Cheap when there is nothing to do (one indexed query).
 */
@ApplicationScoped
public class AggregatesBackfill {
    private static final Logger LOG = Logger.getLogger(AggregatesBackfill.class);

    @Inject
    ScoreAggregates aggregates;

    void onStart(@Observes StartupEvent event) {
        int done = aggregates.backfill();
        if (done > 0) {
            LOG.infof("Computed the score aggregates of %d branches scored before they were kept", done);
        }
    }
}
