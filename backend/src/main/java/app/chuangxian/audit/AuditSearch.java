package app.chuangxian.audit;

import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.organisation.OrganisationRef;
import app.chuangxian.organisation.OrganisationScope;
import app.chuangxian.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Reads the audit log, newest first unless asked otherwise. */
@ApplicationScoped
public class AuditSearch {
    static final Map<String, String> SORTABLE =
            Map.of("id", "id", "occurredAt", "occurredAt", "actor", "actor", "action", "action", "outcome", "outcome");

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    /** The events of the caller's subtree; those the tree places nowhere only for the root's auditors. */
    public PageResult<AuditEventView> list(AuditFilter filter, PageQuery paging) {
        var query = AuditEvent.search(
                filter.within(scope.subtree(), scope.atRoot()), paging.resolveSort(SORTABLE, "-occurredAt"));
        long total = query.count();
        List<AuditEvent> page = query.page(paging.panachePage()).list();
        Map<Long, OrganisationRef> names = organisations.refs(page.stream()
                .map(e -> e.organisationId)
                .filter(java.util.Objects::nonNull)
                .toList());
        return paging.result(
                page.stream()
                        .map(e -> AuditEventView.of(e, e.organisationId == null ? null : names.get(e.organisationId)))
                        .toList(),
                total);
    }
}
