package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** A branch added to or removed from a shortlist by hand, and why. */
@Entity
@Table(name = "commendation_adjustments")
public class Adjustment extends PanacheEntityBase {
    public static final String ADD = "ADD";
    public static final String REMOVE = "REMOVE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_id", nullable = false)
    public Long listId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "branch_name", nullable = false, length = 100)
    public String branchName;

    @Column(nullable = false, length = 16)
    public String action;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "made_by", nullable = false, length = 100)
    public String madeBy;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    @PrePersist
    void onCreate() {
        madeAt = Instant.now();
    }
}
