package app.chuangxian.assessment.scoresheet;

import app.chuangxian.assessment.ScoreLine;
import app.chuangxian.assessment.SheetStatus;
import app.chuangxian.common.persistence.Stamped;
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

/** An assessor's independent scoresheet for one branch. */
@Entity
@Table(name = "scoresheets")
public class Scoresheet extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "assessor_id", nullable = false)
    public Long assessorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SheetStatus status = SheetStatus.DRAFT;

    /** Sum of the scores, kept with them so that results are computed from one narrow table. */
    @Column(nullable = false, precision = 7, scale = 1)
    public BigDecimal total = BigDecimal.ZERO;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "scoresheet_scores", joinColumns = @JoinColumn(name = "scoresheet_id"))
    public List<ScoreLine> scores = new ArrayList<>();
}
