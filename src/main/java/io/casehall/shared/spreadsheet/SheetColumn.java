package io.casehall.shared.spreadsheet;

import java.util.List;
import java.util.Objects;

/**
 * One column of an import: a stable key for code, the Chinese header users see, whether a file must have
 * it, other header spellings accepted on import (e.g. "Student No."), and what the template tells the
 * user about it. {@code hint} and {@code example} may be message keys or literal text.
 *
 * <pre>{@code
 * SheetColumn.required("studentNo", "学号").aliases("Student No.").hint("registry.hint.studentNo").width(16)
 * }</pre>
 */
public record SheetColumn(String key, String header, boolean required, List<String> aliases, String hint,
                          String example, List<String> allowedValues, int width) {

    public SheetColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        hint = hint == null ? "" : hint;
        example = example == null ? "" : example;
        width = width <= 0 ? 14 : width;
    }

    /** A column the file must contain (its cells may still be optional: the parser decides). */
    public static SheetColumn required(String key, String header) {
        return new SheetColumn(key, header, true, List.of(), "", "", List.of(), 0);
    }

    /** A column the file may leave out. */
    public static SheetColumn optional(String key, String header) {
        return new SheetColumn(key, header, false, List.of(), "", "", List.of(), 0);
    }

    public SheetColumn aliases(String... more) {
        return new SheetColumn(key, header, required, List.of(more), hint, example, allowedValues, width);
    }

    /** Format explanation for the template's instruction sheet: a message key or literal text. */
    public SheetColumn hint(String hintKeyOrText) {
        return new SheetColumn(key, header, required, aliases, hintKeyOrText, example, allowedValues, width);
    }

    public SheetColumn example(String exampleKeyOrText) {
        return new SheetColumn(key, header, required, aliases, hint, exampleKeyOrText, allowedValues, width);
    }

    /** A closed list (e.g. 男/女, 通过/未通过): the template offers a drop-down, {@link SheetRow#oneOf} checks it. */
    public SheetColumn allowed(String... values) {
        return new SheetColumn(key, header, required, aliases, hint, example, List.of(values), width);
    }

    /** Column width in characters (a Chinese character counts about two). */
    public SheetColumn width(int characters) {
        return new SheetColumn(key, header, required, aliases, hint, example, allowedValues, characters);
    }

    /** Whether a header cell's text names this column (blanks, a required-marker '*' and case ignored). */
    boolean matchesHeader(String cellText) {
        String normalized = normalizeHeader(cellText);
        if (normalized.isEmpty()) {
            return false;
        }
        if (normalized.equals(normalizeHeader(header))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> normalized.equals(normalizeHeader(alias)));
    }

    static String normalizeHeader(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u00A0\\u3000\\u200B\\uFEFF*＊:：]", "")
                .replace('（', '(').replace('）', ')')
                .toLowerCase(java.util.Locale.ROOT);
    }
}
