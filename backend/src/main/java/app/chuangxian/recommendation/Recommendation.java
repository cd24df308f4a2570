package app.chuangxian.recommendation;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate recommended from {@link #sourceCampaignId} (the recommender's campaign) into {@link #campaignId} (the
 * campaign of the organisation right above); {@link #originId} is the recommendation one level below that this one
 * carries up.
 */
@Entity
@Table(name = "recommendations")
public class Recommendation extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "source_campaign_id", nullable = false)
    public Long sourceCampaignId;

    /** The recommending organisation, the source campaign's. */
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecommendationTitle title;

    @Column(name = "branch_id")
    public Long branchId;

    @Column(name = "candidate_organisation_id")
    public Long candidateOrganisationId;

    @Column(name = "candidate_name", nullable = false, length = 100)
    public String candidateName;

    @Column(name = "candidate_key", nullable = false, length = 24)
    public String candidateKey;

    @Column(name = "origin_id")
    public Long originId;

    /** The campaign whose published commendation list first named the branch: its results and report are linked. */
    @Column(name = "commended_in_campaign_id")
    public Long commendedInCampaignId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecommendationStatus status = RecommendationStatus.SUBMITTED;

    @Column(name = "review_note", columnDefinition = "TEXT")
    public String reviewNote;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decision_number", length = 100)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    static String keyOf(Long branchId, Long organisationId) {
        return branchId != null ? "B" + branchId : "O" + organisationId;
    }
}
