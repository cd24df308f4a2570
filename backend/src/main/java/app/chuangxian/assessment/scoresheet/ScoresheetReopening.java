package app.chuangxian.assessment.scoresheet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of committee staff reopening a submitted scoresheet, with the reason. */
@Entity
@Table(name = "scoresheet_reopenings")
public class ScoresheetReopening extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "scoresheet_id", nullable = false)
    public Long scoresheetId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "reopened_by", nullable = false, length = 50)
    public String reopenedBy;

    @Column(name = "reopened_at", nullable = false)
    public Instant reopenedAt;
}
