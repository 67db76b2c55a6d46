package io.casehall.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms and links of a page as a browser would submit and follow them: a small, tolerant parser for
 * the HTML our Thymeleaf templates produce (no nested forms; {@code form="id"} inputs outside their form).
 */
final class HtmlForms {

    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\b([^>]*)>");
    private static final Pattern CONTROL = Pattern.compile(
            "(?is)<(input|button)\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern OPTION = Pattern.compile("(?is)<option\\b([^>]*)>(.*?)</option>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    /**
     * What a control contributes to a submission. {@code ONE_TIME} is text a page never shows again (a captcha's
     * answer, a one-time code: {@code autocomplete="off"} or {@code "one-time-code"}).
     */
    enum Kind { TEXT, ONE_TIME, NUMBER, DATE, HIDDEN, PASSWORD, TEXTAREA, SELECT, CHOICE, FILE }

    /** One named field; {@code options} for selects, radio groups and checkboxes. */
    record Field(String name, Kind kind, String value, boolean sent, List<String> options) {

        boolean indexed() {
            return name.matches(".*\\[\\d+].*");
        }
    }

    /** A named submit button. */
    record Button(String name, String value) {
    }

    record Form(String method, String action, boolean multipart, List<Field> fields, List<Button> buttons) {

        /** The fields as a browser sends them untouched (first named button pressed). */
        Map<String, List<String>> defaults() {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Field field : fields) {
                if (field.sent()) {
                    values.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(field.value());
                }
            }
            if (!buttons.isEmpty()) {
                values.put(buttons.get(0).name(), new ArrayList<>(List.of(buttons.get(0).value())));
            }
            return values;
        }
    }

    private HtmlForms() {
    }

    /** Same-site links of the page (paths with their query), in page order. */
    static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String href = attributes(m.group(1)).get("href");
            if (href != null && href.startsWith("/") && !href.startsWith("//")) {
                int hash = href.indexOf('#');
                links.add(hash < 0 ? href : href.substring(0, hash));
            }
        }
        return links;
    }

    static List<Form> forms(String html, String pageUrl) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Map<String, String> attributes = attributes(m.group(1));
            String body = m.group(2);
            String id = attributes.get("id");
            if (id != null) {
                body = body + outsideControls(html, id);
            }
            String action = attributes.getOrDefault("action", "");
            forms.add(new Form(attributes.getOrDefault("method", "get").toLowerCase(Locale.ROOT),
                    action.isEmpty() ? pageUrl : action,
                    attributes.getOrDefault("enctype", "").toLowerCase(Locale.ROOT).startsWith("multipart/"),
                    new ArrayList<>(), new ArrayList<>()));
            controls(body, forms.get(forms.size() - 1));
        }
        return forms;
    }

    /** Controls elsewhere on the page that belong to the form through {@code form="id"}. */
    private static String outsideControls(String html, String formId) {
        StringBuilder found = new StringBuilder();
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            String attributeText = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(5);
            if (formId.equals(attributes(attributeText).get("form"))) {
                found.append(m.group());
            }
        }
        return found.toString();
    }

    private static void controls(String body, Form form) {
        Map<String, Integer> choiceIndex = new LinkedHashMap<>();
        Matcher m = CONTROL.matcher(body);
        while (m.find()) {
            if (m.group(1) != null) {
                input(m.group(1).toLowerCase(Locale.ROOT), attributes(m.group(2)), form, choiceIndex);
            } else if (m.group(3) != null) {
                select(attributes(m.group(3)), m.group(4), form);
            } else {
                Map<String, String> a = attributes(m.group(5));
                if (a.containsKey("name") && !a.containsKey("disabled")) {
                    form.fields().add(new Field(a.get("name"), Kind.TEXTAREA, unescape(m.group(6)), true, List.of()));
                }
            }
        }
    }

    private static void input(String tag, Map<String, String> a, Form form, Map<String, Integer> choiceIndex) {
        String name = a.get("name");
        if (name == null || a.containsKey("disabled") || name.equals("_csrf")) {
            return;
        }
        String type = a.getOrDefault("type", tag.equals("button") ? "submit" : "text").toLowerCase(Locale.ROOT);
        String value = a.getOrDefault("value", "");
        switch (type) {
            case "submit", "image" -> form.buttons().add(new Button(name, value));
            case "reset", "button" -> { }
            case "radio", "checkbox" -> {
                String choiceValue = a.containsKey("value") ? value : "on";
                Integer index = type.equals("radio") ? choiceIndex.get(name) : null;
                if (index == null) {
                    form.fields().add(new Field(name, Kind.CHOICE, choiceValue, a.containsKey("checked"),
                            new ArrayList<>(List.of(choiceValue))));
                    if (type.equals("radio")) {
                        choiceIndex.put(name, form.fields().size() - 1);
                    }
                } else {
                    Field group = form.fields().get(index);
                    group.options().add(choiceValue);
                    if (a.containsKey("checked")) {
                        form.fields().set(index, new Field(name, Kind.CHOICE, choiceValue, true, group.options()));
                    }
                }
            }
            case "hidden" -> form.fields().add(new Field(name, Kind.HIDDEN, value, true, List.of()));
            case "password" -> form.fields().add(new Field(name, Kind.PASSWORD, value, true, List.of()));
            case "number", "range" -> form.fields().add(new Field(name, Kind.NUMBER, value, true, List.of()));
            case "date", "month", "datetime-local", "time" -> form.fields().add(new Field(name, Kind.DATE, value, true, List.of()));
            case "file" -> form.fields().add(new Field(name, Kind.FILE, "", false, List.of()));
            default -> {
                String autocomplete = a.getOrDefault("autocomplete", "");
                Kind kind = autocomplete.equals("off") || autocomplete.equals("one-time-code") ? Kind.ONE_TIME : Kind.TEXT;
                form.fields().add(new Field(name, kind, value, true, List.of()));
            }
        }
    }

    private static void select(Map<String, String> a, String body, Form form) {
        String name = a.get("name");
        if (name == null || a.containsKey("disabled")) {
            return;
        }
        List<String> options = new ArrayList<>();
        String selected = null;
        Matcher m = OPTION.matcher(body);
        while (m.find()) {
            Map<String, String> o = attributes(m.group(1));
            String value = o.containsKey("value") ? o.get("value") : unescape(m.group(2)).strip();
            options.add(value);
            if (o.containsKey("selected") && selected == null) {
                selected = value;
            }
        }
        if (selected == null && !options.isEmpty()) {
            selected = options.get(0);
        }
        form.fields().add(new Field(name, Kind.SELECT, selected == null ? "" : selected, selected != null, options));
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text == null) {
            return attributes;
        }
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : unescape(value));
        }
        return attributes;
    }

    static String unescape(String text) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> new String(Character.toChars(entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
