package app.chuangxian.common.security;

/**
 * Phone numbers leave the API masked ({@code 138****5678}) unless the caller may see them; e-mail addresses in lists
 * too ({@code z***@example.org}), and members' names for those who see counts rather than people ({@code 王*华}).
 */
public final class PhoneMask {
    private PhoneMask() {}

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.trim();
        if (digits.length() <= 4) {
            return "****";
        }
        if (digits.length() < 8) {
            return "****" + digits.substring(digits.length() - 2);
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** The first character of the name and the whole domain: {@code z***@example.org}. */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A person's name with its middle hidden: {@code 王*华}, {@code 王*} for two characters, {@code *} for one. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        String first = new String(chars, 0, 1);
        if (chars.length == 2) {
            return first + "*";
        }
        return first + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }
}
