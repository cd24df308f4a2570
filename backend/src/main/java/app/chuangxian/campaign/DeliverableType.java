package app.chuangxian.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What branches hand in during a phase (the configuration, not the submissions), e.g. 实施方案. */
@Entity
@Table(name = "deliverable_types")
public class DeliverableType extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "phase_id", nullable = false)
    public Long phaseId;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(columnDefinition = "TEXT")
    public String description;

    /** A branch must have one accepted to be eligible. */
    @Column(nullable = false)
    public boolean required;

    /** A branch may hand in several (e.g. activity records). */
    @Column(nullable = false)
    public boolean multiple;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "JSON")
    public List<FieldDefinition> fields = new ArrayList<>();

    @Version
    public long version;
}
