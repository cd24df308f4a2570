package app.chuangxian.audit;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Reads the audit log, newest first unless asked otherwise. */
@ApplicationScoped
public class AuditSearch {
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "occurredAt", "occurredAt", "actor", "actor", "action", "action", "outcome", "outcome");

    public PageResult<AuditEventView> list(AuditFilter filter, PageQuery paging) {
        var query = AuditEvent.search(filter, paging.resolveSort(SORTABLE, "-occurredAt"));
        long total = query.count();
        return paging.result(
                query.page(paging.panachePage()).list().stream()
                        .map(AuditEventView::of)
                        .toList(),
                total);
    }
}
