package app.chuangxian.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The product's own counters beside the HTTP, pool and JVM metrics at {@code /q/metrics}: sign-ins by outcome,
 * deliverables handed in, and exports by kind. Tags take a few fixed values each, so the series stay few.
 */
@ApplicationScoped
public class BusinessMetrics {
    @Inject
    MeterRegistry registry;

    /** A sign-in attempt of an account or an API client ({@code kind}), and whether it succeeded. */
    public void signIn(String kind, boolean succeeded) {
        Counter.builder("chuangxian.sign_ins")
                .description("Sign-in attempts of accounts and API clients")
                .tag("kind", kind.toLowerCase(Locale.ROOT))
                .tag("outcome", succeeded ? "succeeded" : "failed")
                .register(registry)
                .increment();
    }

    /** A deliverable handed in for review (a retry that replays an earlier submit is not counted again). */
    public void submitted(boolean late) {
        Counter.builder("chuangxian.deliverable_submissions")
                .description("Deliverables handed in for review")
                .tag("late", Boolean.toString(late))
                .register(registry)
                .increment();
    }

    /** A file exported (a spreadsheet or a PDF), by what it holds. */
    public void exported(String kind) {
        Counter.builder("chuangxian.exports")
                .description("Files exported, by what they hold")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }
}
