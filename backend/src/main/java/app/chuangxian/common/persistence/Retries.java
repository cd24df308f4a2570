package app.chuangxian.common.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a send to another system is tried again (messages by e-mail, SMS and robots; webhooks): after 1, 5, 30 and 120
 * minutes, then it stays failed until staff try it again. A send is claimed for {@link #HOLD}: one whose sender died
 * meanwhile is tried again after it.
 */
public final class Retries {
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration HOLD = Duration.ofMinutes(10);
    /** The wait after the n-th failed try (n = 1..4). */
    public static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    private Retries() {}

    /** When the send is tried after its {@code attempt}-th failure, or null when that was its last try. */
    public static Instant after(int attempt, Instant now) {
        return attempt >= MAX_ATTEMPTS ? null : now.plus(BACKOFF.get(attempt - 1));
    }

    /** An error as the send log keeps it: at most 500 characters. */
    public static String cut(String error) {
        return error.length() > 500 ? error.substring(0, 499) + "…" : error;
    }
}
