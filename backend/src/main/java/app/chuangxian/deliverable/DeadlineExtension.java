package app.chuangxian.deliverable;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A later deadline granted to one branch for one phase; without one the phase end date applies. */
@Entity
@Table(name = "deadline_extensions")
public class DeadlineExtension extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "phase_id", nullable = false)
    public Long phaseId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(length = 500)
    public String reason;

    @Column(name = "granted_by", nullable = false, length = 100)
    public String grantedBy;
}
