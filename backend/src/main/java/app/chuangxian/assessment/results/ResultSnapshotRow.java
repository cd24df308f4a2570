package app.chuangxian.assessment.results;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One branch's line of a stored ranking. */
@Entity
@Table(name = "result_snapshot_rows")
public class ResultSnapshotRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "snapshot_id", nullable = false, updatable = false)
    public Long snapshotId;

    @Column(name = "branch_id", nullable = false, updatable = false)
    public Long branchId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(precision = 7, scale = 2, updatable = false)
    public BigDecimal total;

    @Column(name = "branch_code", nullable = false, updatable = false, length = 32)
    public String branchCode;

    @Column(name = "branch_name", nullable = false, updatable = false, length = 100)
    public String branchName;

    @Column(nullable = false, updatable = false)
    public boolean flagged;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "JSON", nullable = false, updatable = false)
    public Line line;

    /** The whole line as finalised: what every role may be shown, the grade's code and the scoresheets counted. */
    public record Line(ResultView result, String gradeCode, List<Long> countedScoresheets) {}
}
