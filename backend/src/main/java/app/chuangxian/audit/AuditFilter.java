package app.chuangxian.audit;

import java.time.Instant;
import java.util.List;

/**
 * The filters of the audit list; null means "any". {@code organisations} is set by the service: the organisations
 * whose events the caller may read (null: all), and {@code unplaced} whether events of no organisation are included.
 */
public record AuditFilter(
        String actor,
        String action,
        String entityType,
        String entityId,
        Integer outcome,
        Instant from,
        Instant to,
        List<Long> organisations,
        boolean unplaced) {
    AuditFilter within(List<Long> ids, boolean withUnplaced) {
        return new AuditFilter(actor, action, entityType, entityId, outcome, from, to, ids, withUnplaced);
    }
}
