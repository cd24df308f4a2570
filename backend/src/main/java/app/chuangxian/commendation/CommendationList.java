package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A commendation list (表彰名单) of a campaign, from shortlist through public notice to publication. */
@Entity
@Table(name = "commendation_lists")
public class CommendationList extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ListStatus status = ListStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ShortlistBasis basis;

    @Column(name = "min_grade_code", length = 32)
    public String minGradeCode;

    @Column(name = "top_n")
    public Integer topN;

    /** The published list this one corrects, if it is a correction. */
    @Column(name = "corrects_id")
    public Long correctsId;

    @Column(name = "notice_starts_on")
    public LocalDate noticeStartsOn;

    @Column(name = "notice_ends_on")
    public LocalDate noticeEndsOn;

    @Column(name = "notice_text", columnDefinition = "TEXT")
    public String noticeText;

    @Column(name = "resolution_number", length = 100)
    public String resolutionNumber;

    @Column(name = "resolution_date")
    public LocalDate resolutionDate;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
