package app.chuangxian.common.error;

/**
 * The values of {@link Problem.FieldError#reason()}: the exact rule a field broke, with the names of the values it
 * carries in {@link Problem.FieldError#params()}. Clients phrase a field error from these, never from its message.
 */
public final class Reasons {
    /** Text longer than {@code max} characters. */
    public static final String TOO_LONG = "TOO_LONG";
    /** Text shorter than {@code min} characters. */
    public static final String TOO_SHORT = "TOO_SHORT";
    /** A list with more than {@code max} items. */
    public static final String TOO_MANY_ITEMS = "TOO_MANY_ITEMS";
    /** A list with fewer than {@code min} items. */
    public static final String TOO_FEW_ITEMS = "TOO_FEW_ITEMS";
    /** An item of a list longer than {@code max} characters. */
    public static final String ITEM_TOO_LONG = "ITEM_TOO_LONG";
    /** A number outside {@code min} to {@code max}, both allowed. */
    public static final String BETWEEN = "BETWEEN";
    /** A number below {@code min}, which is allowed. */
    public static final String AT_LEAST = "AT_LEAST";
    /** A number not above {@code min}, which is not allowed. */
    public static final String ABOVE = "ABOVE";
    /** A number above {@code max}, which is allowed. */
    public static final String AT_MOST = "AT_MOST";
    /** A number not below {@code max}, which is not allowed. */
    public static final String BELOW = "BELOW";
    /** A number with more than {@code integer} digits before the point or {@code fraction} after it. */
    public static final String DIGITS = "DIGITS";
    /** Not a well-formed e-mail address. */
    public static final String EMAIL = "EMAIL";
    /** A date or time in the future. */
    public static final String NOT_FUTURE = "NOT_FUTURE";
    /** Not a date yyyy-mm-dd. */
    public static final String DATE = "DATE";
    /** Not a whole number (from {@code min} to {@code max} when they are given). */
    public static final String WHOLE_NUMBER = "WHOLE_NUMBER";
    /** Not a number. */
    public static final String NUMBER = "NUMBER";
    /** Not a phone number. */
    public static final String PHONE = "PHONE";
    /** A code with characters other than letters, digits, '-' and '_'. */
    public static final String CODE_CHARS = "CODE_CHARS";
    /** A code that is not upper-case letters, digits and '_', starting with a letter. */
    public static final String UPPER_CODE = "UPPER_CODE";
    /** A key that is not camelCase letters and digits. */
    public static final String CAMEL_KEY = "CAMEL_KEY";
    /** A username that is not 3 to 50 letters, digits, '.', '_' or '-'. */
    public static final String USERNAME = "USERNAME";
    /** A branch that does not take part in the campaign. */
    public static final String NOT_PARTICIPATING = "NOT_PARTICIPATING";
    /** An account that is not an assessor's. */
    public static final String NOT_ASSESSOR = "NOT_ASSESSOR";
    /** A phase start not after {@code date}, the end of the phase {@code phase} before it. */
    public static final String AFTER_PHASE = "AFTER_PHASE";
    /** A phase end not before {@code date}, the start of the phase {@code phase} after it. */
    public static final String BEFORE_PHASE = "BEFORE_PHASE";
    /** A phase date of an adopted campaign outside {@code from}..{@code to}, the parent's window for it. */
    public static final String INSIDE_PARENT = "INSIDE_PARENT";
    /** An end date before the start date. */
    public static final String NOT_BEFORE_START = "NOT_BEFORE_START";
    /** A comment left out although indicator {@code indicator} is scored below 60 % of its points. */
    public static final String COMMENT_WHEN_LOW = "COMMENT_WHEN_LOW";
    /** A scoresheet submitted with indicators {@code missing} (codes, comma-separated) unscored. */
    public static final String UNSCORED = "UNSCORED";
    /** A consensus without a score for the standards {@code missing} (codes, comma-separated). */
    public static final String UNSCORED_STANDARDS = "UNSCORED_STANDARDS";
    /** Indicator points summing to {@code sum} where the standard's maxPoints is {@code max}. */
    public static final String POINTS_SUM = "POINTS_SUM";
    /** Points that are not a multiple of 0.5. */
    public static final String HALF_STEP = "HALF_STEP";
    /** A leading group with {@code leaders} leaders instead of exactly one. */
    public static final String ONE_LEADER = "ONE_LEADER";
    /** A grade whose threshold is not lower than the grade before it. */
    public static final String GRADE_ORDER = "GRADE_ORDER";
    /** A masked phone number that matches no stored number. */
    public static final String MASKED_PHONE = "MASKED_PHONE";
    /** The current password given is wrong. */
    public static final String WRONG_PASSWORD = "WRONG_PASSWORD";
    /** The new password equals the current one. */
    public static final String SAME_PASSWORD = "SAME_PASSWORD";
    /** A password shorter than 8 characters or with fewer than 3 of the 4 character classes. */
    public static final String WEAK_PASSWORD = "WEAK_PASSWORD";

    /** A value outside a fixed list of choices. */
    public static final String ONE_OF = "ONE_OF";

    /** An assessor who belongs to the branch they would score. */
    public static final String CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST";

    /** A message template naming {@code placeholder}, which its kind does not carry ({@code allowed} lists those). */
    public static final String UNKNOWN_PLACEHOLDER = "UNKNOWN_PLACEHOLDER";
    /** A message template with a brace that opens or closes no placeholder. */
    public static final String UNPAIRED_BRACE = "UNPAIRED_BRACE";
    /** A channel ({@code channel}) this deployment has not set up. */
    public static final String CHANNEL_OFF = "CHANNEL_OFF";
    /** An e-mail address or phone number left out that the chosen {@code channel} sends to. */
    public static final String NEEDED_BY_CHANNEL = "NEEDED_BY_CHANNEL";
    /** Not an absolute {@code http} or {@code https} address with a host (and no user information). */
    public static final String HTTP_URL = "HTTP_URL";

    /** The names of an enum's constants, as the {@code allowed} param of {@link #ONE_OF} lists them. */
    public static String choices(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The list as the contract describes it. */
    static final String DESCRIPTION = "Reasons (params in brackets): "
            + "TOO_LONG (max: characters), TOO_SHORT (min), TOO_MANY_ITEMS (max: items), TOO_FEW_ITEMS (min), "
            + "ITEM_TOO_LONG (max: characters of every item), BETWEEN (min, max; both allowed), "
            + "AT_LEAST (min, allowed), ABOVE (min, not allowed), AT_MOST (max, allowed), BELOW (max, not allowed), "
            + "DIGITS (integer, fraction: digits before and after the point), EMAIL, NOT_FUTURE, DATE (yyyy-mm-dd), "
            + "WHOLE_NUMBER (min, max when bounded), NUMBER, PHONE, CODE_CHARS (letters, digits, '-', '_'), "
            + "UPPER_CODE (upper-case letters, digits, '_'), CAMEL_KEY, USERNAME (3 to 50 letters, digits, '.', '_', "
            + "'-'), NOT_PARTICIPATING (branch not in the campaign), NOT_ASSESSOR (account not an assessor's), "
            + "AFTER_PHASE (date, phase: must start after that phase's end), BEFORE_PHASE (date, phase: must end "
            + "before that phase's start), INSIDE_PARENT (from, to: a plan's phase date must lie inside the adopted "
            + "campaign's window for it), NOT_BEFORE_START (end before start), COMMENT_WHEN_LOW (indicator: comment "
            + "required for a score below 60 %), UNSCORED (missing: indicator codes), UNSCORED_STANDARDS (missing: "
            + "standard codes), POINTS_SUM (sum, max: indicator points must sum to the standard's maxPoints), "
            + "HALF_STEP (multiple of 0.5), ONE_LEADER (leaders: exactly one LEADER), GRADE_ORDER (lower than the "
            + "grade before), MASKED_PHONE (masked number matches none stored), WRONG_PASSWORD, SAME_PASSWORD, "
            + "WEAK_PASSWORD, ONE_OF (allowed: the choices, comma-separated), CONFLICT_OF_INTEREST (assessor: username, "
            + "assessorIndex: its position in assessorIds), "
            + "UNKNOWN_PLACEHOLDER (placeholder, allowed: a template names what its kind does not carry), "
            + "UNPAIRED_BRACE (a brace without its pair), CHANNEL_OFF (channel: not set up here), NEEDED_BY_CHANNEL "
            + "(channel: the address the chosen channel sends to is missing), HTTP_URL (an absolute http or https "
            + "address).";

    private Reasons() {}
}
