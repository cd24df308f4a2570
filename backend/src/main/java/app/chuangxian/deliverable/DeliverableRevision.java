package app.chuangxian.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A deliverable as it was submitted, kept for history and diffs; never changed afterwards. */
@Entity
@Table(name = "deliverable_revisions")
public class DeliverableRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deliverable_id", nullable = false)
    public Long deliverableId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "JSON")
    public Map<String, Object> fields = new LinkedHashMap<>();

    @Column(nullable = false)
    public boolean late;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
