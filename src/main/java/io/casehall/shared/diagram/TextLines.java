package io.casehall.shared.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines that fit a width. Chinese may break between any two characters; other text breaks
 * at spaces (a word longer than a line is cut). Widths are estimated, as the server has no font metrics: a CJK
 * character is one em wide, Latin letters and digits a little over half.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> wrap(String text, double width, double fontSize, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text.strip().replaceAll("\\s+", " "))) {
            String candidate = line.isEmpty() ? token.stripLeading() : line + token;
            if (width(candidate, fontSize) <= width || line.isEmpty() && token.isBlank()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            String rest = token.stripLeading();
            while (width(rest, fontSize) > width && rest.length() > 1) {
                int fit = fitting(rest, width, fontSize);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return truncate(lines, width, fontSize, maxLines);
    }

    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c >= 0x2E80 ? 1.0 : c == ' ' ? 0.3 : Character.isUpperCase(c) ? 0.65 : 0.56;
        }
        return em * fontSize;
    }

    /** Tokens: each CJK character alone, runs of other characters together with the space before them. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 || c == ' ') {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (c == ' ') {
                    word.append(c);
                } else {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static int fitting(String text, double width, double fontSize) {
        int fit = 1;
        while (fit < text.length() && width(text.substring(0, fit + 1), fontSize) <= width) {
            fit++;
        }
        return fit;
    }

    private static List<String> truncate(List<String> lines, double width, double fontSize, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(last + "…", fontSize) > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last + "…");
        return kept;
    }
}
