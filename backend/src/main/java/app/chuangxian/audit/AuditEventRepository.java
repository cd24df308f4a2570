package app.chuangxian.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    public PanacheQuery<AuditEvent> search(AuditFilter f, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, "actor", f.actor());
        add(where, params, "action", f.action());
        add(where, params, "entityType", f.entityType());
        add(where, params, "entityId", f.entityId());
        if (f.outcome() != null) {
            where.add("outcome = :outcome");
            params.and("outcome", f.outcome());
        }
        if (f.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", f.to());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, sort, params);
    }

    private static void add(List<String> where, Parameters params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.add(field + " = :" + field);
            params.and(field, value.trim());
        }
    }
}
