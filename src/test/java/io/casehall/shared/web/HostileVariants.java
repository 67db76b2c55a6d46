package io.casehall.shared.web;

import io.casehall.shared.web.HtmlForms.Field;
import io.casehall.shared.web.HtmlForms.Form;
import io.casehall.shared.web.HtmlForms.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a hostile sender does to a form: each variant is the form as the browser would send it with one thing
 * changed — one field too long, outside its options, a number or date that makes no sense, a list index no
 * page has, a NUL byte — or the whole request malformed (no fields, another method, another media type).
 */
final class HostileVariants {

    static final int LONG_LENGTH = 5000;
    static final String LONG = "长文本A1".repeat(LONG_LENGTH / 5 + 1).substring(0, LONG_LENGTH);
    static final String UNKNOWN_OPTION = "NO_SUCH_OPTION_Ω";

    private static final Pattern NUMERIC = Pattern.compile("-?\\d{1,18}");
    private static final Pattern NUMERIC_NAME = Pattern.compile("(?i).*(page|year|copies|count|stars|credit|size|id)$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_NAME = Pattern.compile("(?i).*(date|day|from|to|until)$");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    /**
     * How a variant is sent. {@code TYPED_TOO_LONG} is a form whose visible text field got more than a person
     * may type there: it must come back as the form with the text, not as an error page.
     */
    enum Shape { FORM, TYPED_TOO_LONG, NO_FIELDS, JSON_BODY, WRONG_METHOD, FILE_NAME_NUL }

    /** One request: the shape, the parameters, and a label for the report. */
    record Variant(String label, Shape shape, Map<String, List<String>> params, String fileField) {
    }

    private HostileVariants() {
    }

    static List<Variant> of(Form form, int max) {
        Map<String, List<String>> defaults = form.defaults();
        List<Variant> variants = new ArrayList<>();
        List<Field> editable = form.fields().stream().filter(f -> f.kind() != Kind.FILE).toList();
        // A form without fields is an action (delete, launch, cancel): only requests refused before it runs.
        variants.add(new Variant("wrong method", Shape.WRONG_METHOD, defaults, null));
        variants.add(new Variant("NUL in a parameter name", Shape.FORM, with(defaults, "x\u0000y", "1"), null));
        if (editable.isEmpty()) {
            return variants;
        }
        variants.add(new Variant("no fields at all", Shape.NO_FIELDS, Map.of(), null));
        variants.add(new Variant("malformed JSON body", Shape.JSON_BODY, Map.of(), null));
        Field first = editable.get(0);
        variants.add(new Variant(first.name() + " with a NUL byte", Shape.FORM,
                with(defaults, first.name(), first.value() + "\u0000"), null));
        Set<String> rowFields = new HashSet<>();
        boolean indexTried = false;
        for (Field field : editable) {
            String name = field.name();
            // Rows repeat the same fields: the first row stands for all.
            if (field.indexed() && !rowFields.add(INDEX.matcher(name).replaceAll("[]"))) {
                continue;
            }
            switch (field.kind()) {
                case SELECT, CHOICE -> variants.add(new Variant(name + " = unknown option", Shape.FORM,
                        with(defaults, name, UNKNOWN_OPTION), null));
                case NUMBER -> numbers(variants, defaults, name);
                case DATE -> dates(variants, defaults, name);
                default -> {
                    boolean typed = field.kind() == Kind.TEXT || field.kind() == Kind.TEXTAREA;
                    variants.add(new Variant(name + " over-long", typed ? Shape.TYPED_TOO_LONG : Shape.FORM,
                            with(defaults, name, LONG), null));
                    if (NUMERIC.matcher(field.value()).matches() || NUMERIC_NAME.matcher(name).matches()) {
                        numbers(variants, defaults, name);
                    }
                    if (DATE.matcher(field.value()).matches() || DATE_NAME.matcher(name).matches()) {
                        dates(variants, defaults, name);
                    }
                    if (field.kind() == Kind.HIDDEN && !field.value().isEmpty()) {
                        variants.add(new Variant(name + " = unknown value", Shape.FORM,
                                with(defaults, name, UNKNOWN_OPTION), null));
                    }
                }
            }
            if (field.indexed() && !indexTried) {
                indexTried = true;
                for (String index : List.of("[999]", "[-1]", "[99999999999]")) {
                    String beyond = INDEX.matcher(name).replaceFirst(Matcher.quoteReplacement(index));
                    variants.add(new Variant(beyond + " (an index no page has)", Shape.FORM,
                            with(defaults, beyond, field.value()), null));
                }
            }
        }
        for (String button : form.buttons().stream().map(HtmlForms.Button::name).distinct().toList()) {
            variants.add(new Variant(button + " = unknown button", Shape.FORM, with(defaults, button, UNKNOWN_OPTION), null));
        }
        form.fields().stream().filter(f -> f.kind() == Kind.FILE).findFirst().ifPresent(file ->
                variants.add(new Variant(file.name() + " named with a NUL byte", Shape.FILE_NAME_NUL, defaults, file.name())));
        return variants.size() > max ? variants.subList(0, max) : variants;
    }

    private static void numbers(List<Variant> variants, Map<String, List<String>> defaults, String name) {
        for (String value : List.of("-1", "99999999999999999999")) {
            variants.add(new Variant(name + " = " + value, Shape.FORM, with(defaults, name, value), null));
        }
    }

    private static void dates(List<Variant> variants, Map<String, List<String>> defaults, String name) {
        for (String value : List.of("2024-13-45", "not a date")) {
            variants.add(new Variant(name + " = " + value, Shape.FORM, with(defaults, name, value), null));
        }
    }

    private static Map<String, List<String>> with(Map<String, List<String>> defaults, String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(defaults);
        changed.put(name, List.of(value));
        return changed;
    }
}
