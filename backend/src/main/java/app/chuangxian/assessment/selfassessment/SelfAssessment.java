package app.chuangxian.assessment.selfassessment;

import app.chuangxian.assessment.ScoreLine;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A branch's self-assessment (自评): its own score per indicator with a justification, submitted once. */
@Entity
@Table(name = "self_assessments")
public class SelfAssessment extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SheetStatus status = SheetStatus.DRAFT;

    @Column(nullable = false, precision = 7, scale = 1)
    public BigDecimal total = BigDecimal.ZERO;

    @Column(name = "submitted_by", length = 50)
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "self_assessment_scores", joinColumns = @JoinColumn(name = "self_assessment_id"))
    @AttributeOverride(name = "comment", column = @Column(name = "justification", length = 1000))
    public List<ScoreLine> scores = new ArrayList<>();
}
