package app.chuangxian.member;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member of a branch's register. One who left stays, with the day, so that past records still name them. */
@Entity
@Table(name = "branch_members")
public class BranchMember extends Stamped {
    @Column(name = "branch_id", nullable = false)
    public Long branchId;

    @Column(nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MemberRole role;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;
}
