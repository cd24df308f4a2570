package app.chuangxian.common.security;

/**
 * Phone numbers leave the API masked ({@code 138****5678}) unless the caller may see them; e-mail addresses in lists
 * too ({@code z***@example.org}).
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
}
