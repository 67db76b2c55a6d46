package io.casehall.shared.web;

/**
 * Text that goes into a Camunda Form's text component. The form renders markdown and links bare URLs:
 * applicant input is escaped, and a zero-width space after '.', ':' and '@' keeps anything from becoming a
 * link, so it only ever shows as text.
 */
public final class FormText {

    private FormText() {
    }

    public static String plain(String s) {
        if (s == null || s.isBlank()) {
            return "—";
        }
        StringBuilder escaped = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '(', ')', '!', '{', '}' -> escaped.append('\\').append(c);
                case '.', ':', '@' -> escaped.append(c).append('\u200B');
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
