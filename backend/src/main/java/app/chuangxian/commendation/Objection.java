package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An objection (异议) raised during a public notice; {@code raisedBy} is null for an anonymous objector. */
@Entity
@Table(name = "commendation_objections")
public class Objection extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
