package app.chuangxian.common.todo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads to-do lines from SQL rows of (campaign id, campaign title, count, date or null); a count of 0 is no line. */
public final class TodoSql {
    private TodoSql() {}

    public static List<Todo> lines(TodoKind kind, List<?> rows) {
        List<Todo> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long count = r[2] == null ? 0 : ((Number) r[2]).longValue();
            if (count > 0) {
                out.add(new Todo(kind, ((Number) r[0]).longValue(), (String) r[1], count, date(r[3])));
            }
        }
        return out;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : null;
    }
}
