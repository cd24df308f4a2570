package app.chuangxian.branch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A grassroots organisation (基层组织) of the committee. */
@Entity
@Table(name = "branches")
public class Branch extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
