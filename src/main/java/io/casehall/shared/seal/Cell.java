package io.casehall.shared.seal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** The lines of a cell with their sizes and colours, measured before and drawn from the top-left corner of its box. */
final class Cell {

    private record Line(String text, float size, Color color, boolean bold) {
        float leading() {
            return size * 1.35f;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    Cell add(List<String> wrapped, float size, Color color) {
        return add(wrapped, size, color, false);
    }

    Cell add(List<String> wrapped, float size, Color color, boolean bold) {
        for (String line : wrapped) {
            if (!line.isEmpty() || wrapped.size() == 1) {
                lines.add(new Line(line, size, color, bold));
            }
        }
        return this;
    }

    float height() {
        float h = 0;
        for (Line line : lines) {
            h += line.leading();
        }
        return h;
    }

    /** Drops the lines past what one page can hold (a single enormous cell), ending with an ellipsis. */
    Cell limit(float maxHeight) {
        float h = 0;
        for (int i = 0; i < lines.size(); i++) {
            h += lines.get(i).leading();
            if (h > maxHeight) {
                Line cut = lines.get(i);
                lines.subList(Math.max(i - 1, 0), lines.size()).clear();
                lines.add(new Line("...", cut.size(), cut.color(), false));
                return this;
            }
        }
        return this;
    }

    void draw(PdfCanvas canvas, float x, float top, boolean centre, float width) {
        float y = top;
        for (Line line : lines) {
            float offset = centre ? (width - canvas.text().width(line.text(), line.size())) / 2 : 0;
            canvas.line(line.text(), x + offset, y - line.size() * PdfCanvas.ASCENT, line.size(), line.color(),
                    line.bold());
            y -= line.leading();
        }
    }
}
