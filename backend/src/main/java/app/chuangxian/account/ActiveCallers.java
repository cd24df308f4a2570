package app.chuangxian.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account or client behind a token is still enabled, cached for a few seconds
 * (app.auth.account-check-seconds). Disabling through the API forgets the entry at once.
 */
@ApplicationScoped
public class ActiveCallers {
    private record Entry(boolean active, Instant until) {}

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    AccountRepository accounts;

    @Inject
    ApiClientRepository clients;

    @Inject
    AuthSettings settings;

    /** The cached answer, or null when it must be looked up. */
    public Boolean cached(String key) {
        Entry e = cache.get(key);
        return e == null || e.until().isBefore(Instant.now()) ? null : e.active();
    }

    /** Looks the caller up (blocking) and caches the answer. */
    public boolean lookUp(String key) {
        boolean active = QuarkusTransaction.requiringNew().call(() -> key.startsWith("a:")
                ? accounts.enabledOf(Long.parseLong(key.substring(2))).orElse(false)
                : clients.enabledOf(key.substring(2)).orElse(false));
        cache.put(key, new Entry(active, Instant.now().plusSeconds(settings.accountCheckSeconds())));
        if (cache.size() > 10_000) {
            cache.values().removeIf(e -> e.until().isBefore(Instant.now()));
        }
        return active;
    }

    public void forgetAccount(long id) {
        cache.remove(accountKey(id));
    }

    public void forgetClient(String clientId) {
        cache.remove(clientKey(clientId));
    }

    public static String accountKey(long id) {
        return "a:" + id;
    }

    public static String clientKey(String clientId) {
        return "c:" + clientId;
    }
}
