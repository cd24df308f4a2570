package app.chuangxian.assessment.results;

import app.chuangxian.campaign.AggregationMethod;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The ranking stored when results were finalised, with the settings it was computed with; never changed, only superseded. */
@Entity
@Table(name = "result_snapshots")
public class ResultSnapshot extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public Long campaignId;

    @Column(name = "snapshot_version", nullable = false, updatable = false)
    public int snapshotVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_method", nullable = false, updatable = false, length = 16)
    public AggregationMethod aggregationMethod;

    @Column(name = "disagreement_threshold", nullable = false, updatable = false, precision = 6, scale = 1)
    public BigDecimal disagreementThreshold;

    @Column(name = "scoresheets_counted", nullable = false, updatable = false)
    public int scoresheetsCounted;

    @Column(name = "finalised_by", nullable = false, updatable = false, length = 100)
    public String finalisedBy;

    @Column(name = "finalised_at", nullable = false, updatable = false)
    public Instant finalisedAt;

    @Column(name = "superseded_by", length = 100)
    public String supersededBy;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Column(name = "superseded_reason", length = 1000)
    public String supersededReason;

    /** The snapshot the campaign's results are read from: its newest one that no reopen has superseded. */
    public static ResultSnapshot current(long campaignId) {
        return find("campaignId = ?1 and supersededAt is null order by snapshotVersion desc", campaignId)
                .firstResult();
    }
}
