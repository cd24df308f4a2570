package app.chuangxian.branch;

import app.chuangxian.common.persistence.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A grassroots organisation (基层组织) of the committee. */
@Entity
@Table(name = "branches")
public class Branch extends Stamped {
    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public BranchKind kind;

    @Column(name = "work_unit", length = 200)
    public String workUnit;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "chair_name", length = 50)
    public String chairName;

    @Column(name = "contact_phone", length = 20)
    public String contactPhone;

    @Column(name = "contact_email", length = 100)
    public String contactEmail;

    @Column(name = "liaison_party_org", length = 200)
    public String liaisonPartyOrg;

    @Column(length = 200)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BranchStatus status = BranchStatus.ACTIVE;
}
