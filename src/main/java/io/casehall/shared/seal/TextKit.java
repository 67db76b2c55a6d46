package io.casehall.shared.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Measures and wraps text in the embedded font; characters the font lacks become "?". */
final class TextKit {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕,.;:?!)]}%";

    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    TextKit(PDType0Font font) {
        this.font = font;
    }

    PDType0Font font() {
        return font;
    }

    /** The text with control characters turned into spaces and unknown characters into "?"; keeps newlines. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code maxWidth}: breaks between words, between Han characters, or inside an over-long word. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : safe(text).split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        for (String token : tokens(paragraph)) {
            if (token.isBlank()) {
                pendingSpace = line.length() > 0;
                continue;
            }
            String candidate = line + (pendingSpace ? " " : "") + token;
            pendingSpace = false;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (width(token, size) <= maxWidth) {
                line.append(token);
            } else {
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && width(line + ch, size) > maxWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Words, single spaces, and single Han characters (with the punctuation that may not start a line). */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                flush(word, tokens);
                tokens.add(" ");
            } else if (NO_LINE_START.indexOf(cp) >= 0 && !tokens.isEmpty() && word.length() == 0
                    && !tokens.get(tokens.size() - 1).isBlank()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + new String(Character.toChars(cp)));
            } else if (isWide(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private boolean hasGlyph(int cp) {
        return glyphs.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
