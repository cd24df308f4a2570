package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Created;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A branch added to or removed from a shortlist by hand, and why; {@code createdAt} is when it was made. */
@Entity
@Table(name = "commendation_adjustments")
@AttributeOverride(name = "createdAt", column = @Column(name = "made_at", nullable = false, updatable = false))
public class Adjustment extends Created {
    public static final String ADD = "ADD";
    public static final String REMOVE = "REMOVE";

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
}
