package app.chuangxian.audit;

import java.time.Instant;

/** The filters of the audit list; null means "any". */
public record AuditFilter(
        String actor, String action, String entityType, String entityId, Integer outcome, Instant from, Instant to) {}
