package app.chuangxian.deliverable;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A branch's submission of one deliverable type in a campaign, with its review state. */
@Entity
@Table(name = "deliverables")
public class Deliverable extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "phase_id", nullable = false)
    public Long phaseId;

    @Column(name = "type_id", nullable = false)
    public Long typeId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(nullable = false, length = 200)
    public String title;

    /** Markdown, stored as written; clients render it without raw HTML. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "JSON")
    public Map<String, Object> fields = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliverableStatus status = DeliverableStatus.DRAFT;

    /** The latest submission came after the branch's deadline for the phase. */
    @Column(nullable = false)
    public boolean late;

    /** Number of submissions so far; revision n is kept in deliverable_revisions. */
    @Column(nullable = false)
    public int revision;

    /** The revision the reviewer last returned, the base of the diff the reviewer sees. */
    @Column(name = "returned_revision")
    public Integer returnedRevision;

    @Column(name = "return_reason", columnDefinition = "TEXT")
    public String returnReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
