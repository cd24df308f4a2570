package app.chuangxian.notification;

import java.util.Arrays;
import java.util.Optional;

/** The language of a message outside the app; the API speaks of it by its tag ({@code zh-CN}, {@code en}). */
public enum MessageLocale {
    ZH_CN("zh-CN"),
    EN("en");

    /** The tags, as a pattern for request fields. */
    public static final String PATTERN = "^(zh-CN|en)$";

    private final String tag;

    MessageLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Optional<MessageLocale> parse(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
