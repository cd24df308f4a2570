package app.chuangxian.commendation;

import app.chuangxian.common.persistence.Stamped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A branch's feedback report (反馈报告) for a campaign: one section per standard. */
@Entity
@Table(name = "feedback_reports")
public class FeedbackReport extends Stamped {
    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "branch_name", nullable = false, length = 100)
    public String branchName;

    @Column(precision = 7, scale = 2)
    public BigDecimal total;

    @Column(name = "grade_name", length = 50)
    public String gradeName;

    @Column(name = "result_rank")
    public Integer rank;

    @Column(columnDefinition = "TEXT")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FeedbackStatus status = FeedbackStatus.DRAFT;

    @Column(name = "released_at")
    public Instant releasedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false)
    @OrderBy("seq")
    public List<FeedbackSection> sections = new ArrayList<>();

    /** Reports of a campaign; {@code onlyBranch} and {@code status} narrow it when given. */
    public static PanacheQuery<FeedbackReport> ofCampaign(
            long campaignId, FeedbackStatus status, Long onlyBranch, Sort sort) {
        List<String> where = new ArrayList<>(List.of("campaignId = :c"));
        Parameters params = Parameters.with("c", campaignId);
        if (status != null) {
            where.add("status = :s");
            params.and("s", status);
        }
        if (onlyBranch != null) {
            where.add("branchId = :b");
            params.and("b", onlyBranch);
        }
        return find(String.join(" and ", where), sort, params);
    }

    public static Set<Long> branchesWithReport(long campaignId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select r.branchId from FeedbackReport r where r.campaignId = :c", Long.class)
                .setParameter("c", campaignId)
                .getResultList());
    }
}
