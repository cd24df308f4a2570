package app.chuangxian.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A grade for the total score, e.g. 优秀 at 90 or more. */
@Entity
@Table(name = "grade_thresholds")
public class GradeThreshold extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "min_total", nullable = false, precision = 6, scale = 1)
    public BigDecimal minTotal;
}
