package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

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
}
