package app.chuangxian.recommendation;

import app.chuangxian.commendation.ObjectionStatus;
import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An objection (异议) to a recommendation, raised during its level's notice; {@code raisedBy} null is anonymous. */
@Entity
@Table(name = "recommendation_objections")
public class RecommendationObjection extends Stamped {
    @Column(name = "recommendation_id", nullable = false)
    public Long recommendationId;

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

    /** True when the objection was found to hold: the recommendation is then REJECTED. */
    @Column(nullable = false)
    public boolean upheld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
