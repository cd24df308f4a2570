package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A branch on a commendation list, with its result as it stood when it joined the list. */
@Entity
@Table(name = "commendation_entries")
public class CommendationEntry extends PanacheEntityBase {
    public static final String FROM_RESULTS = "RESULTS";
    public static final String ADDED = "ADDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_id", nullable = false)
    public Long listId;

    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(name = "branch_name", nullable = false, length = 100)
    public String branchName;

    @Column(name = "result_rank", nullable = false)
    public int rank;

    /** The branch's place in the ranking; entries are listed in this order, the ranking's own. */
    @Column(name = "result_position", nullable = false)
    public int position;

    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal total;

    @Column(name = "grade_code", length = 32)
    public String gradeCode;

    @Column(name = "grade_name", length = 50)
    public String gradeName;

    @Column(nullable = false)
    public boolean eligible;

    /** {@link #FROM_RESULTS} when drawn by the shortlist rule, {@link #ADDED} when added by hand. */
    @Column(nullable = false, length = 16)
    public String origin;

    public static CommendationEntry of(long listId, BranchResult r, String origin) {
        CommendationEntry e = new CommendationEntry();
        e.listId = listId;
        e.branchId = r.branchId();
        e.branchName = r.branchName();
        e.rank = r.rank();
        e.position = r.position();
        e.total = r.total();
        e.gradeCode = r.gradeCode();
        e.gradeName = r.gradeName();
        e.eligible = r.eligible();
        e.origin = origin;
        return e;
    }

    CommendationEntry copyTo(long otherListId) {
        CommendationEntry e = new CommendationEntry();
        e.listId = otherListId;
        e.branchId = branchId;
        e.branchName = branchName;
        e.rank = rank;
        e.position = position;
        e.total = total;
        e.gradeCode = gradeCode;
        e.gradeName = gradeName;
        e.eligible = eligible;
        e.origin = origin;
        return e;
    }
}
