package app.chuangxian.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the account or client behind a token may still use it: enabled, the token's auth version current and its
 * sign-in not ended. Answered by the database (shared by every instance); an instance may cache an answer for
 * app.auth.account-check-seconds (0 by default: never), and a change made here clears its entries at once.
 */
@ApplicationScoped
public class ActiveCallers {
    /** What a token says about its holder. {@code sessionId} may be null (tokens minted without one). */
    public record Holder(Long accountId, String clientId, long authVersion, String sessionId) {
        String key() {
            return accountId != null ? accountKey(accountId) + authVersion + "|" + sessionId : clientKey(clientId);
        }
    }

    private record Entry(boolean active, Instant until) {}

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    AuthSettings settings;

    /** The cached answer, or null when it must be looked up. */
    public Boolean cached(Holder holder) {
        Entry e = cache.get(holder.key());
        return e == null || e.until().isBefore(Instant.now()) ? null : e.active();
    }

    /** Looks the holder up (blocking) and caches the answer when caching is on. */
    public boolean lookUp(Holder holder) {
        boolean active = QuarkusTransaction.requiringNew()
                .call(() -> holder.accountId() != null
                        ? Account.tokenStillValid(holder.accountId(), holder.authVersion(), holder.sessionId())
                        : ApiClient.enabledOf(holder.clientId()).orElse(false));
        if (settings.accountCheckSeconds() > 0) {
            cache.put(holder.key(), new Entry(active, Instant.now().plusSeconds(settings.accountCheckSeconds())));
            if (cache.size() > 10_000) {
                cache.values().removeIf(e -> e.until().isBefore(Instant.now()));
            }
        }
        return active;
    }

    public void forgetAccount(long id) {
        String prefix = accountKey(id);
        cache.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public void forgetClient(String clientId) {
        cache.remove(clientKey(clientId));
    }

    static String accountKey(long id) {
        return "a:" + id + "|";
    }

    static String clientKey(String clientId) {
        return "c:" + clientId;
    }
}
