package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Field;
import java.util.ArrayList;
import java.util.List;

/** Label/value pairs in a ruled grid, two pairs per row; a row never splits across pages. */
final class FieldGrid {

    private static final float PAD = 5;

    private FieldGrid() {
    }

    static void draw(PdfCanvas canvas, List<Field> fields) {
        TextKit text = canvas.text();
        float labelWidth = PdfCanvas.width() * 0.17f;
        float valueWidth = PdfCanvas.width() / 2 - labelWidth;
        for (int i = 0; i < fields.size(); i += 2) {
            List<Field> pair = fields.subList(i, Math.min(i + 2, fields.size()));
            List<Cell> cells = new ArrayList<>();
            float height = 0;
            for (Field field : pair) {
                Cell label = new Cell();
                label.add(text.wrap(field.labelZh(), 9, labelWidth - 2 * PAD), 9, PdfCanvas.INK);
                label.add(text.wrap(field.labelEn(), 7.5f, labelWidth - 2 * PAD), 7.5f, PdfCanvas.GREY);
                Cell value = new Cell();
                value.add(text.wrap(field.value(), 10, valueWidth - 2 * PAD), 10, PdfCanvas.INK);
                cells.add(label);
                cells.add(value);
                height = Math.max(height, Math.max(label.height(), value.height()) + 2 * PAD);
            }
            canvas.ensure(height);
            float top = canvas.y();
            float x = PdfCanvas.LEFT;
            for (int c = 0; c < 4; c++) {
                float w = c % 2 == 0 ? labelWidth : valueWidth;
                canvas.rectangle(x, top - height, w, height, c % 2 == 0 ? PdfCanvas.SHADE : null, PdfCanvas.RULE);
                if (c < cells.size()) {
                    cells.get(c).draw(canvas, x + PAD, top - PAD, false, w - 2 * PAD);
                }
                x += w;
            }
            canvas.down(height);
        }
        canvas.down(10);
    }
}
