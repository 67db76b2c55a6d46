package io.casehall.shared.diagram;

import java.util.Locale;

/** A small SVG writer: elements with attributes, numbers without needless decimals, text always escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Opens an element; attributes come as name, value pairs (values escaped). */
    Svg open(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** A self-closing element. */
    Svg empty(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Svg close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    Svg newline() {
        out.append('\n');
        return this;
    }

    private void attributes(Object[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(format(attributes[i + 1]))).append('"');
            }
        }
    }

    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
        }
        return String.valueOf(value);
    }

    /** XML-escapes text and attribute values; control characters (not allowed in XML 1.0) are dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
