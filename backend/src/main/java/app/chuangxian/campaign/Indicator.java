package app.chuangxian.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** An assessment indicator (考核细则) of a standard, scored 0..maxPoints in steps of 0.5. */
@Entity
@Table(name = "indicators")
public class Indicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "standard_id", nullable = false)
    public Long standardId;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false, length = 32)
    public String code;

    /** The wording the assessor scores against. */
    @Column(nullable = false, length = 200)
    public String name;

    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 1)
    public BigDecimal maxPoints;

    @Version
    public long version;
}
