package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Reasons;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At least 8 characters with 3 of the 4 classes (lower case, upper case, digits, symbols), at least 5 different
 * characters, not built on a common word or pattern (common-passwords.txt) and not on the account's own names.
 */
public final class PasswordPolicy {
    public static final String RULE =
            "must have at least 8 characters and 3 of: lower-case letters, " + "upper-case letters, digits, symbols";
    static final String COMMON = "is too easy to guess: it is built on a common word or pattern";
    static final String PERSONAL = "must not contain your username or name";
    static final String REPETITIVE = "must have at least 5 different characters";
    /** Words of the list at least this long are refused anywhere in a password, shorter ones only as all its letters. */
    private static final int CONTAINED_WORD_LENGTH = 5;

    private static final Set<String> COMMON_WORDS = load();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** The reason the password is refused, or null when it is acceptable. {@code context}: username, names, email. */
    public static String problem(String password, String... context) {
        if (password == null || password.length() < 8 || password.length() > 128 || classes(password) < 3) {
            return RULE;
        }
        if (password.chars().distinct().count() < 5) {
            return REPETITIVE;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String variant : new String[] {letters(lower), letters(unleet(lower))}) {
            if (variant.isEmpty()
                    || COMMON_WORDS.contains(variant)
                    || COMMON_WORDS.contains(lower)
                    || COMMON_WORDS.stream()
                            .anyMatch(w -> w.length() >= CONTAINED_WORD_LENGTH && variant.contains(w))) {
                return COMMON;
            }
        }
        for (String part : contextWords(context)) {
            if (lower.contains(part) || unleet(lower).contains(part)) {
                return PERSONAL;
            }
        }
        return null;
    }

    public static boolean accepts(String password, String... context) {
        return problem(password, context) == null;
    }

    /** Rejects a password that breaks the policy with a field error naming {@code field}. */
    public static void check(String field, String password, String... context) {
        String problem = problem(password, context);
        if (problem != null) {
            throw ApiException.invalidField(field, problem, RULE.equals(problem) ? Reasons.WEAK_PASSWORD : null, null);
        }
    }

    /** A temporary password that satisfies the policy (12 characters, all four classes). */
    public static String temporary() {
        String[] classes = {"abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=!?"};
        while (true) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                String set = classes[i % 4];
                out.append(set.charAt(RANDOM.nextInt(set.length())));
            }
            if (accepts(out.toString())) {
                return out.toString();
            }
        }
    }

    private static int classes(String p) {
        int classes = 0;
        classes += p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += p.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes;
    }

    /** The parts of the account's names worth guessing: the username, each word of the names, the email's local part. */
    private static Set<String> contextWords(String... context) {
        return Arrays.stream(context)
                .filter(Objects::nonNull)
                .map(c -> c.toLowerCase(Locale.ROOT).replaceAll("@.*$", ""))
                .flatMap(c -> Arrays.stream(c.split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() >= 3)
                .collect(Collectors.toSet());
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}]", "");
    }

    /** Undoes the swaps people make to satisfy character classes: P@ssw0rd is password. */
    private static String unleet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!', '|' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7', '+' -> 't';
                        case '8' -> 'b';
                        case '9' -> 'g';
                        default -> c;
                    });
        }
        return out.toString();
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
