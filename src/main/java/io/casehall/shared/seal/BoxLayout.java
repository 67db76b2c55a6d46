package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Box;
import io.casehall.shared.seal.BilingualDocument.Field;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A framed section kept whole on one page: the heading, then one row per line with the bilingual label at
 * the left and the value in large bold type, then the note. Measured before it is drawn, so that the
 * renderer can keep it on one page together with what must stay with it.
 */
final class BoxLayout {

    private static final float PAD = 10;
    private static final float ROW_GAP = 6;
    private static final float HEADING_GAP = 6;
    private static final float VALUE_SIZE = 16;
    private static final float BORDER = 1.2f;
    private static final float LABEL_SIZE = 10;
    /** Labels are smaller than values: lowered by this much, both share the first baseline. */
    private static final float LABEL_DROP = (VALUE_SIZE - LABEL_SIZE) * PdfCanvas.ASCENT;

    private final Cell heading = new Cell();
    private final List<Cell> labels = new ArrayList<>();
    private final List<Cell> values = new ArrayList<>();
    private final Cell note = new Cell();
    private final float labelWidth;
    private final float height;

    private BoxLayout(TextKit text, Box box) {
        float inner = PdfCanvas.width() - 2 * PAD;
        labelWidth = inner * 0.3f;
        float valueWidth = inner - labelWidth;
        addIfPresent(heading, text, box.headingZh(), 13, inner, PdfCanvas.INK, true);
        addIfPresent(heading, text, box.headingEn(), 9.5f, inner, PdfCanvas.GREY, false);
        float rows = 0;
        for (Field field : box.lines()) {
            Cell label = new Cell();
            addIfPresent(label, text, field.labelZh(), LABEL_SIZE, labelWidth - 8, PdfCanvas.INK, false);
            addIfPresent(label, text, field.labelEn(), 7.5f, labelWidth - 8, PdfCanvas.GREY, false);
            Cell value = new Cell().add(text.wrap(field.value(), VALUE_SIZE, valueWidth), VALUE_SIZE, PdfCanvas.INK,
                    true);
            labels.add(label);
            values.add(value);
            rows += rowHeight(label, value) + ROW_GAP;
        }
        if (box.note() != null) {
            addIfPresent(note, text, box.note().zh(), 9.5f, inner, PdfCanvas.INK, false);
            addIfPresent(note, text, box.note().en(), 8.5f, inner, PdfCanvas.GREY, false);
        }
        height = PAD + heading.height() + (heading.height() > 0 ? HEADING_GAP : 0) + rows
                + (note.height() > 0 ? 4 + note.height() : 0) + PAD;
    }

    static BoxLayout of(TextKit text, Box box) {
        return new BoxLayout(text, box);
    }

    float height() {
        return height;
    }

    void draw(PdfCanvas canvas) {
        canvas.ensure(height);
        float top = canvas.y();
        canvas.rectangle(PdfCanvas.LEFT, top - height, PdfCanvas.width(), height, null, PdfCanvas.INK, BORDER);
        float x = PdfCanvas.LEFT + PAD;
        float y = top - PAD;
        float inner = PdfCanvas.width() - 2 * PAD;
        heading.draw(canvas, x, y, true, inner);
        y -= heading.height() > 0 ? heading.height() + HEADING_GAP : 0;
        for (int i = 0; i < labels.size(); i++) {
            Cell label = labels.get(i);
            Cell value = values.get(i);
            label.draw(canvas, x, y - LABEL_DROP, false, labelWidth);
            value.draw(canvas, x + labelWidth, y, false, inner - labelWidth);
            y -= rowHeight(label, value) + ROW_GAP;
        }
        if (note.height() > 0) {
            note.draw(canvas, x, y - 4, false, inner);
        }
        canvas.down(height + 10);
    }

    private static float rowHeight(Cell label, Cell value) {
        return Math.max(label.height() + LABEL_DROP, value.height());
    }

    private static void addIfPresent(Cell cell, TextKit text, String content, float size, float width, Color color,
                                     boolean bold) {
        if (content != null && !content.isBlank()) {
            cell.add(text.wrap(content, size, width), size, color, bold);
        }
    }
}
