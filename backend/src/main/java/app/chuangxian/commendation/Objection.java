package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Stamped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An objection (异议) raised during a public notice; {@code raisedBy} is null for an anonymous objector. */
@Entity
@Table(name = "commendation_objections")
public class Objection extends Stamped {
    @Column(name = "list_id", nullable = false)
    public Long listId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "raised_by", length = 100)
    public String raisedBy;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String content;

    @Column(columnDefinition = "TEXT")
    public String handling;

    @Column(columnDefinition = "TEXT")
    public String outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    public static PanacheQuery<Objection> ofList(long listId, ObjectionStatus status, Sort sort) {
        if (status == null) {
            return find("listId = :l", sort, Parameters.with("l", listId));
        }
        return find(
                "listId = :l and status = :s",
                sort,
                Parameters.with("l", listId).and("s", status));
    }

    public static List<Objection> open(long listId) {
        return list("listId = ?1 and status = ?2 order by id", listId, ObjectionStatus.OPEN);
    }

    public static List<Objection> all(long listId) {
        return list("listId = ?1 order by id", listId);
    }
}
