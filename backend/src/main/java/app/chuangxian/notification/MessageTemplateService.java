package app.chuangxian.notification;

import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.organisation.OrganisationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How messages are worded outside the app: per kind and language, staff's wording where they gave one, else the
 * wording the API ships with. A wording may name only the placeholders its kind carries (checked on save), so every
 * message sent has each of its placeholders filled.
 */
@ApplicationScoped
public class MessageTemplateService {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** Placeholders every kind has: the recipient's name and the link to the app. */
    static final List<String> COMMON = List.of("name", "link");

    @Inject
    OrganisationScope scope;

    @Inject
    CurrentUser user;

    /** Every kind in both languages (optionally of one kind or language), in the order of the kinds. */
    public PageResult<MessageTemplateViews.View> list(NotificationKind kind, String locale, PageQuery paging) {
        paging.resolveSort(Map.of("kind", "kind"), "kind");
        if (locale != null && MessageLocale.parse(locale).isEmpty()) {
            throw ApiException.invalidField("locale", "must be one of zh-CN, en");
        }
        Map<String, MessageTemplate> custom = new HashMap<>();
        MessageTemplate.<MessageTemplate>listAll().forEach(t -> custom.put(key(t.kind, t.locale), t));
        List<MessageTemplateViews.View> all = new ArrayList<>();
        for (NotificationKind k : kinds(kind, paging)) {
            for (MessageLocale l : MessageLocale.values()) {
                if (locale == null || locale.equals(l.tag())) {
                    all.add(view(k, l, custom.get(key(k, l.tag()))));
                }
            }
        }
        int from = Math.min(all.size(), (paging.page - 1) * paging.size);
        return paging.result(all.subList(from, Math.min(all.size(), from + paging.size)), all.size());
    }

    public MessageTemplateViews.View get(NotificationKind kind, String locale) {
        MessageLocale l = locale(locale);
        return view(kind, l, stored(kind, l).orElse(null));
    }

    /** Rewords a kind in a language: version null the first time, then the version read. */
    @Transactional
    public MessageTemplateViews.View put(NotificationKind kind, String locale, MessageTemplateViews.Request request) {
        MessageLocale l = locale(locale);
        mayChange();
        List<Problem.FieldError> errors = new ArrayList<>();
        check("subject", request.subject(), kind, errors);
        check("body", request.body(), kind, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        MessageTemplate t = stored(kind, l).orElse(null);
        if (t == null ? request.version() != null : !Long.valueOf(t.version).equals(request.version())) {
            throw ApiException.staleVersion("Message template " + kind + " " + l.tag());
        }
        if (t == null) {
            t = new MessageTemplate();
            t.kind = kind;
            t.locale = l.tag();
        }
        t.subject = request.subject().strip();
        t.body = request.body().strip();
        t.updatedBy = user.username();
        t.persistAndFlush();
        return view(kind, l, t);
    }

    /** Goes back to the wording the API ships with. */
    @Transactional
    public MessageTemplateViews.View reset(NotificationKind kind, String locale, Long version) {
        MessageLocale l = locale(locale);
        mayChange();
        MessageTemplate t = stored(kind, l).orElse(null);
        if (t != null) {
            app.chuangxian.common.Versions.check(t.version, version, "Message template " + kind + " " + l.tag());
            t.delete();
        }
        return view(kind, l, null);
    }

    /** The message's subject and body in the language, each placeholder filled from the params. */
    public Wording render(NotificationKind kind, MessageLocale locale, Map<String, String> params) {
        DefaultTemplates.Wording w = stored(kind, locale)
                .map(t -> new DefaultTemplates.Wording(t.subject, t.body))
                .orElseGet(() -> DefaultTemplates.of(kind, locale));
        return new Wording(fill(w.subject(), params), fill(w.body(), params));
    }

    /** A rendered message. */
    public record Wording(String subject, String body) {}

    private static String fill(String template, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every placeholder must be the kind's, and every brace part of one. */
    private static void check(String field, String text, NotificationKind kind, List<Problem.FieldError> errors) {
        if (text == null) {
            return;
        }
        List<String> allowed = placeholders(kind);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                errors.add(Problem.FieldError.of(
                        field,
                        "names {" + m.group(1) + "}, which " + kind + " does not carry; allowed: "
                                + String.join(", ", allowed),
                        Reasons.UNKNOWN_PLACEHOLDER,
                        Map.of("placeholder", m.group(1), "allowed", String.join(", ", allowed))));
                return;
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            errors.add(Problem.FieldError.of(
                    field, "has a brace that opens or closes no placeholder", Reasons.UNPAIRED_BRACE, null));
        }
    }

    static List<String> placeholders(NotificationKind kind) {
        List<String> all = new ArrayList<>(kind.params());
        all.addAll(COMMON);
        return all;
    }

    /** The wording is the same for the whole deployment: only the top organisation's administrators change it. */
    private void mayChange() {
        if (!scope.atRoot()) {
            throw ApiException.forbidden(
                    "TOP_ORGANISATION_ONLY",
                    "Message templates serve every organisation: only the top organisation's administrators change"
                            + " them");
        }
    }

    private static MessageLocale locale(String tag) {
        return MessageLocale.parse(tag).orElseThrow(() -> ApiException.notFound("Message language", tag));
    }

    private static Optional<MessageTemplate> stored(NotificationKind kind, MessageLocale locale) {
        return MessageTemplate.find("kind = ?1 and locale = ?2", kind, locale.tag())
                .firstResultOptional();
    }

    private static List<NotificationKind> kinds(NotificationKind kind, PageQuery paging) {
        List<NotificationKind> all = kind == null ? Arrays.asList(NotificationKind.values()) : List.of(kind);
        if (paging.sort != null && paging.sort.startsWith("-")) {
            all = new ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        return all;
    }

    private static String key(NotificationKind kind, String locale) {
        return kind + "/" + locale;
    }

    private static MessageTemplateViews.View view(NotificationKind kind, MessageLocale locale, MessageTemplate t) {
        DefaultTemplates.Wording shipped = DefaultTemplates.of(kind, locale);
        return new MessageTemplateViews.View(
                kind,
                locale.tag(),
                t == null ? shipped.subject() : t.subject,
                t == null ? shipped.body() : t.body,
                placeholders(kind),
                t != null,
                t == null ? null : t.version,
                t == null ? null : t.updatedAt,
                t == null ? null : t.updatedBy);
    }
}
