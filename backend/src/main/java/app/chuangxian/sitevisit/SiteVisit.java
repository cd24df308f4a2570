package app.chuangxian.sitevisit;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An on-site visit (实地调研) by committee staff to a branch during a campaign. */
@Entity
@Table(name = "site_visits")
public class SiteVisit extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false, length = 500)
    public String visitors;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String findings;

    @Column(name = "follow_ups", columnDefinition = "TEXT")
    public String followUps;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
