package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import java.security.SecureRandom;

/** At least 8 characters with at least 3 of the 4 classes: lower case, upper case, digits, symbols. */
public final class PasswordPolicy {
    public static final String RULE = "must have at least 8 characters and 3 of: lower-case letters, "
            + "upper-case letters, digits, symbols";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    public static boolean accepts(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return false;
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes >= 3;
    }

    /** Rejects a password that breaks the policy with a field error naming {@code field}. */
    public static void check(String field, String password) {
        if (!accepts(password)) {
            throw ApiException.invalidField(field, RULE);
        }
    }

    /** A temporary password that satisfies the policy (12 characters, all four classes). */
    public static String temporary() {
        String[] classes = {"abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=!?"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String set = classes[i % 4];
            out.append(set.charAt(RANDOM.nextInt(set.length())));
        }
        return out.toString();
    }
}
