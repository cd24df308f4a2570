package app.chuangxian.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One line of the audit log: who did what to which record, from where, with what outcome. Never changed. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    public String actor;

    /** ACCOUNT, CLIENT or ANONYMOUS. */
    @Column(name = "actor_kind", nullable = false, length = 10, updatable = false)
    public String actorKind;

    @Column(name = "account_id", updatable = false)
    public Long accountId;

    /** The organisation of the caller (or, for a sign-in, of the account); null when the tree places no one. */
    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(nullable = false, length = 40, updatable = false)
    public String action;

    @Column(length = 10, updatable = false)
    public String method;

    @Column(length = 300, updatable = false)
    public String path;

    @Column(name = "entity_type", length = 60, updatable = false)
    public String entityType;

    @Column(name = "entity_id", length = 60, updatable = false)
    public String entityId;

    @Column(nullable = false, updatable = false)
    public int outcome;

    @Column(name = "remote_address", length = 64, updatable = false)
    public String remoteAddress;

    @Column(name = "changed_fields", length = 1000, updatable = false)
    public String changedFields;

    @Column(length = 500, updatable = false)
    public String detail;

    public static PanacheQuery<AuditEvent> search(AuditFilter f, Sort sort) {
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
        if (f.organisations() != null) {
            where.add(
                    f.unplaced()
                            ? "(organisationId in :organisations or organisationId is null)"
                            : "organisationId in :organisations");
            params.and("organisations", f.organisations());
        } else if (!f.unplaced()) {
            where.add("organisationId is not null");
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
