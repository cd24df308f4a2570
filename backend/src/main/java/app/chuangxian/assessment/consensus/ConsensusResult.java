package app.chuangxian.assessment.consensus;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The consensus (合议) reached for a branch the assessors disagreed on; it replaces the aggregate. */
@Entity
@Table(name = "consensus_results")
public class ConsensusResult extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String reason;

    /** Who took part, as written by staff (names, comma-separated). */
    @Column(nullable = false, length = 500)
    public String participants;

    /** The site visit (实地调研) whose findings support the reason, if any. */
    @Column(name = "site_visit_id")
    public Long siteVisitId;

    @Column(name = "recorded_by", nullable = false, length = 50)
    public String recordedBy;

    @ElementCollection
    @CollectionTable(name = "consensus_scores", joinColumns = @JoinColumn(name = "consensus_id"))
    public List<ConsensusScore> scores = new ArrayList<>();
}
