package app.chuangxian.common.persistence;

import java.util.Locale;

/** Text searched for inside a column: {@code lower(column) like :q}, with the text's own wildcards taken literally. */
public final class Like {
    private Like() {}

    /** The pattern that finds {@code text} anywhere, lower-cased, its {@code %}, {@code _} and {@code \} escaped. */
    public static String containing(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code text} with the wildcards of LIKE escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
