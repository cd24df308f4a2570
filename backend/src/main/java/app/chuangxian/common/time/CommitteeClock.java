package app.chuangxian.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today where the committee sits: the one clock of current phases, deadlines, notice periods and demo data, in the
 * zone of the one setting {@code app.deliverables.zone} (DELIVERABLES_ZONE), whatever zone the server runs in. Tests
 * substitute it to set the day.
 */
@ApplicationScoped
public class CommitteeClock {
    /** Where the committee sits. */
    @ConfigMapping(prefix = "app.deliverables")
    public interface Settings {
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    @Inject
    Settings settings;

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    public ZoneId zone() {
        return settings.zone();
    }
}
