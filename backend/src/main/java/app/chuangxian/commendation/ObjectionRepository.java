package app.chuangxian.commendation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ObjectionRepository implements PanacheRepository<Objection> {

    public PanacheQuery<Objection> ofList(long listId, ObjectionStatus status, Sort sort) {
        if (status == null) {
            return find("listId = :l", sort, Parameters.with("l", listId));
        }
        return find(
                "listId = :l and status = :s",
                sort,
                Parameters.with("l", listId).and("s", status));
    }

    public List<Objection> open(long listId) {
        return list("listId = ?1 and status = ?2 order by id", listId, ObjectionStatus.OPEN);
    }

    public List<Objection> all(long listId) {
        return list("listId = ?1 order by id", listId);
    }
}
