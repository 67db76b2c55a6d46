package io.casehall.shared.web;

import java.util.Locale;

/** What a user typed into a search field, made into a LIKE pattern (with {@code escape '\'}) or left out. */
public final class SearchText {

    private SearchText() {
    }

    /** The text with LIKE's wildcards and the escape character escaped, so that they match themselves. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching values that contain the text. */
    public static String contains(String text) {
        return "%" + escaped(text) + "%";
    }

    /** A pattern matching lower-cased values that contain the text in any case. */
    public static String containsIgnoringCase(String text) {
        return contains(text.toLowerCase(Locale.ROOT));
    }

    /** The stripped text, or null for an empty field. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
