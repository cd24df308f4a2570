package app.chuangxian.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per remote address within a window; an address over the limit is refused (429)
 * until the window has passed. Kept in memory: a restart forgives, the per-account lockout does not.
 */
@ApplicationScoped
public class LoginThrottle {
    private record Window(Instant start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    AuthSettings settings;

    /** Seconds until the address may try again, or 0 when it may try now. */
    public long retryAfterSeconds(String address, Instant now) {
        Window w = windows.get(key(address));
        if (w == null || expired(w, now) || w.failures() < settings.addressMaxFailures()) {
            return 0;
        }
        return Math.max(1, Duration.between(now, w.start().plus(window())).toSeconds());
    }

    public void failed(String address, Instant now) {
        windows.compute(key(address), (k, w) -> w == null || expired(w, now)
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> expired(w, now));
        }
    }

    public void forget(String address) {
        windows.remove(key(address));
    }

    private boolean expired(Window w, Instant now) {
        return !now.isBefore(w.start().plus(window()));
    }

    private Duration window() {
        return Duration.ofMinutes(settings.addressWindowMinutes());
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
