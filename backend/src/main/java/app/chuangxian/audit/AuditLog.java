package app.chuangxian.audit;

import app.chuangxian.common.metrics.BusinessMetrics;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Writes the audit log. Every write request is recorded by {@link AuditRecorder}; features call this service
 * for what a write filter cannot see: exports and views of personal data. Called inside a transaction, an event is
 * part of it (written and rolled back with the action); the sign-in and account services record their security
 * events that way.
 */
@ApplicationScoped
public class AuditLog {
    public static final String EXPORT = "EXPORT";
    public static final String PERSONAL_DATA_VIEW = "PERSONAL_DATA_VIEW";
    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int WRITE_ATTEMPTS = 5;
    /** Events raised on an I/O thread are written from here, never blocking the event loop. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-writer");
        t.setDaemon(true);
        return t;
    });

    @Inject
    Instance<CurrentUser> user;

    @Inject
    Instance<OrganisationScope> scope;

    @Inject
    CurrentVertxRequest request;

    @Inject
    BusinessMetrics metrics;

    /** Records an export: {@code audit.export("Report", campaignId, "results of campaign 3 as xlsx")}. */
    public void export(String entityType, Object entityId, String detail) {
        metrics.exported(entityType);
        record(EXPORT, entityType, entityId, detail);
    }

    /** Records that the caller saw unmasked personal data, e.g. {@code personalDataViewed("Account", 7, "phone")}. */
    public void personalDataViewed(String entityType, Object entityId, String detail) {
        record(PERSONAL_DATA_VIEW, entityType, entityId, detail);
    }

    /** Records an action by the current caller with outcome 200. */
    public void record(String action, String entityType, Object entityId, String detail) {
        AuditEvent e = base(action, 200);
        e.entityType = entityType;
        e.entityId = entityId == null ? null : String.valueOf(entityId);
        e.detail = cut(detail, 500);
        write(e);
    }

    /** Records a sign-in attempt; the actor is the name that was sent, whether or not it exists. */
    public void login(String username, Long accountId, boolean success, String detail) {
        metrics.signIn("account", success);
        AuditEvent e = base(success ? LOGIN_SUCCEEDED : LOGIN_FAILED, success ? 200 : 401);
        e.actor = cut(username, 100);
        e.actorKind = accountId == null ? "ANONYMOUS" : "ACCOUNT";
        e.accountId = accountId;
        e.organisationId = accountId == null ? null : organisationOf("accounts", "id", accountId);
        e.entityType = accountId == null ? null : "Account";
        e.entityId = accountId == null ? null : accountId.toString();
        e.detail = cut(detail, 500);
        write(e);
    }

    /** Records a client-credentials grant attempt. */
    public void clientLogin(String clientId, boolean success, String detail) {
        metrics.signIn("client", success);
        AuditEvent e = base(success ? LOGIN_SUCCEEDED : LOGIN_FAILED, success ? 200 : 401);
        e.actor = cut("client:" + clientId, 100);
        e.actorKind = "CLIENT";
        e.organisationId = organisationOf("api_clients", "client_id", clientId);
        e.entityType = "ApiClient";
        e.entityId = cut(clientId, 60);
        e.detail = cut(detail, 500);
        write(e);
    }

    /** Records a write request as the filter saw it. */
    void write(String method, String path, String entityType, String entityId, int status, Collection<String> fields) {
        AuditEvent e = base(method.toUpperCase(), status);
        e.method = method;
        e.path = cut(path, 300);
        e.entityType = entityType;
        e.entityId = entityId;
        e.changedFields = fields == null || fields.isEmpty() ? null : cut(String.join(",", fields), 1000);
        write(e);
    }

    private AuditEvent base(String action, int outcome) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now();
        e.action = action;
        e.outcome = outcome;
        e.actor = "anonymous";
        e.actorKind = "ANONYMOUS";
        try {
            CurrentUser who = user.get();
            if (who.isAuthenticated()) {
                e.actor = cut(who.isClient() ? "client:" + who.clientId().orElseThrow() : who.username(), 100);
                e.actorKind = who.isClient() ? "CLIENT" : "ACCOUNT";
                e.accountId = who.accountId().orElse(null);
                e.organisationId = scope.get().organisationId();
            }
        } catch (RuntimeException unauthenticated) {
            // an invalid token: the caller stays anonymous
        }
        e.remoteAddress = remoteAddress();
        return e;
    }

    /** The organisation of the account or client a sign-in names, or null when there is none. */
    private static Long organisationOf(String table, String key, Object value) {
        List<?> found = AuditEvent.getEntityManager()
                .createNativeQuery("select organisation_id from " + table + " where " + key + " = ?1")
                .setParameter(1, value)
                .getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    private String remoteAddress() {
        try {
            RoutingContext rc = request.getCurrent();
            if (rc != null && rc.request().remoteAddress() != null) {
                return cut(rc.request().remoteAddress().hostAddress(), 64);
            }
        } catch (RuntimeException noRequest) {
            // called outside an HTTP request
        }
        return null;
    }

    /**
     * Inside a transaction the event joins it: it is committed with the action it records, or neither is. Outside one
     * (the write recorder runs after the action's transaction has ended) it is written in a transaction of its own,
     * which needs one connection and never a second one while another is held; transient failures are retried.
     */
    private void write(AuditEvent e) {
        if (QuarkusTransaction.isActive()) {
            AuditEvent.persist(e);
            return;
        }
        Runnable persist = () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> AuditEvent.persist(e));
                    return;
                } catch (RuntimeException ex) {
                    if (attempt >= WRITE_ATTEMPTS) {
                        LOG.errorf(
                                ex, "Could not write audit event %s %s after %d attempts", e.action, e.path, attempt);
                        throw ex;
                    }
                    LOG.warnf("Audit event %s %s not written (%s); trying again", e.action, e.path, ex.getMessage());
                    pause(attempt);
                }
            }
        };
        if (Context.isOnEventLoopThread()) {
            WRITER.execute(persist);
        } else {
            persist.run();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
