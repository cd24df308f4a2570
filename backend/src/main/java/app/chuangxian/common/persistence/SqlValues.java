package app.chuangxian.common.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows as the API speaks of them, whichever type the driver hands over. */
public final class SqlValues {
    private SqlValues() {}

    /** A TIMESTAMP column (stored in UTC) as an instant; null stays null. */
    public static Instant instant(Object o) {
        if (o == null || o instanceof Instant) {
            return (Instant) o;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }

    /** A BOOLEAN column (a TINYINT(1) on MySQL), whichever the driver hands over. */
    public static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
