package app.chuangxian.recommendation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A level's public notice (公示) of the recommendations it accepted; closed at the top, it is the decision. */
@Entity
@Table(name = "recommendation_notices")
public class RecommendationNotice extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "notice_text", nullable = false, columnDefinition = "TEXT")
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public NoticeStatus status = NoticeStatus.NOTICE;

    @Column(name = "closed_by", length = 100)
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "decision_number", length = 100)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    static Optional<RecommendationNotice> of(long campaignId) {
        return find("campaignId", campaignId).firstResultOptional();
    }
}
