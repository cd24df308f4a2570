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

/** An evaluation standard (基本标准) of a campaign: STUDY, UNITY, VITALITY, COMMUNICATION in the notice. */
@Entity
@Table(name = "standards")
public class Standard extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(columnDefinition = "TEXT")
    public String description;

    /** Equal to the sum of its indicators' points. */
    @Column(name = "max_points", nullable = false, precision = 6, scale = 1)
    public BigDecimal maxPoints;

    /** Copied from the adopted parent campaign: it stays as the parent set it. */
    @Column(nullable = false)
    public boolean inherited;

    @Version
    public long version;
}
