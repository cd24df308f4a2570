package app.chuangxian.common.paging;

import io.quarkus.panache.common.Sort;
import java.util.stream.Collectors;

/** Turns a sort resolved by {@code PageQuery} (whitelisted columns) into an ORDER BY clause of a hand-written query. */
public final class SqlSort {
    private SqlSort() {}

    /** @param idColumn what the generic {@code id} tiebreaker means in this query */
    public static String orderBy(Sort sort, String idColumn) {
        return sort.getColumns().stream()
                .map(c -> ("id".equals(c.getName()) ? idColumn : c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }
}
