package app.chuangxian.branch;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class BranchRepository implements PanacheRepository<Branch> {

    /** The filters of the branch list, each optional. */
    public record Filter(String q, BranchStatus status, BranchKind kind, Long onlyId) {}

    public io.quarkus.hibernate.orm.panache.PanacheQuery<Branch> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(name) like :q or lower(code) like :q or lower(workUnit) like :q)");
            params.and("q", "%" + escapeLike(filter.q().trim().toLowerCase()) + "%");
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.onlyId() != null) {
            where.add("id = :onlyId");
            params.and("onlyId", filter.onlyId());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, sort, params);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId == null ? -1L : exceptId) > 0;
    }

    public boolean nameTaken(String name, Long exceptId) {
        return count("name = ?1 and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
