package app.chuangxian.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One item of what to fix, given by the reviewer when returning a submitted revision. */
@Entity
@Table(name = "deliverable_fix_items")
public class FixItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deliverable_id", nullable = false)
    public Long deliverableId;

    /** The returned revision this item refers to. */
    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false, length = 1000)
    public String description;

    @Column(nullable = false)
    public boolean addressed;

    /** What the branch says it changed for this item. */
    @Column(length = 1000)
    public String note;

    @Column(name = "addressed_by", length = 100)
    public String addressedBy;

    @Column(name = "addressed_at")
    public Instant addressedAt;

    @Version
    public long version;
}
