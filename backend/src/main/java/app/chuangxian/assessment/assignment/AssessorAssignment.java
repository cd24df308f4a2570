package app.chuangxian.assessment.assignment;

import app.chuangxian.common.persistence.Created;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An assessor assigned to score a branch in a campaign. */
@Entity
@Table(name = "assessor_assignments")
public class AssessorAssignment extends Created {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "assessor_id", nullable = false)
    public Long assessorId;

    @Column(name = "assigned_by", nullable = false, length = 50)
    public String assignedBy;
}
