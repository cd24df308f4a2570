package app.chuangxian.branch;

import app.chuangxian.common.persistence.Stamped;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The organisation (a city or county committee, usually) the branch belongs to. */
    @Column(name = "organisation_id", nullable = false)
    public Long organisationId = app.chuangxian.organisation.Organisation.ROOT_ID;

    /** The filters of the branch list, each optional. */
    public record Filter(
            String q, BranchStatus status, BranchKind kind, Long onlyId, java.util.Collection<Long> organisations) {}

    public static io.quarkus.hibernate.orm.panache.PanacheQuery<Branch> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(name) like :q or lower(code) like :q or lower(workUnit) like :q)");
            params.and("q", app.chuangxian.common.persistence.Like.containing(filter.q()));
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.organisations() != null) {
            where.add("organisationId in :organisations");
            params.and("organisations", filter.organisations());
        }
        if (filter.onlyId() != null) {
            where.add("id = :onlyId");
            params.and("onlyId", filter.onlyId());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, sort, params);
    }

    public static boolean codeTaken(String code, Long exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId == null ? -1L : exceptId) > 0;
    }

    public static boolean nameTaken(String name, Long exceptId) {
        return count("name = ?1 and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }
}
