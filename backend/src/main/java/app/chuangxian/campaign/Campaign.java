package app.chuangxian.campaign;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign (创建活动) to become an advanced grassroots organisation. */
@Entity
@Table(name = "campaigns")
public class Campaign extends Stamped {
    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "campaign_year", nullable = false)
    public int year;

    /** The documents the campaign is issued under (《意见》, 进晋字【2009】17号 ...). */
    @Column(name = "basis_documents", columnDefinition = "TEXT")
    public String basisDocuments;

    /** 指导思想 */
    @Column(name = "guiding_ideology", columnDefinition = "TEXT")
    public String guidingIdeology;

    /** 目标要求 */
    @Column(columnDefinition = "TEXT")
    public String goals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CampaignStatus status = CampaignStatus.DRAFT;

    /** The earlier campaign this one was created from, if any. */
    @Column(name = "template_id")
    public Long templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_method", nullable = false, length = 16)
    public AggregationMethod aggregationMethod = AggregationMethod.MEAN;

    /** Scoresheet totals (or one indicator) spreading more than this flag a branch for consensus. */
    @Column(name = "disagreement_threshold", nullable = false, precision = 6, scale = 1)
    public BigDecimal disagreementThreshold = new BigDecimal("10.0");

    /** A public notice (公示) of the campaign runs at least this many working days. */
    @Column(name = "notice_min_working_days", nullable = false)
    public int noticeMinWorkingDays = 5;

    /**
     * Set while staff enter a campaign that already happened: submissions are dated this day instead of today, so
     * deadlines are judged as they stood then. Null for a campaign run live.
     */
    @Column(name = "recorded_as_of")
    public LocalDate recordedAsOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_status", nullable = false, length = 16)
    public ResultsStatus resultsStatus = ResultsStatus.OPEN;

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }
}
