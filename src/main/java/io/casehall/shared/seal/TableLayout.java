package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Table;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A ruled table that breaks between rows across pages, repeating its header row on each new page. */
final class TableLayout {

    private static final float PAD = 4;
    private static final float HEADER_SIZE = 8.5f;
    private static final float CELL_SIZE = 9;

    private TableLayout() {
    }

    static void draw(PdfCanvas canvas, Table table) {
        TextKit text = canvas.text();
        int columns = table.headers().size();
        float[] widths = columnWidths(text, table);
        boolean[] centre = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            centre[c] = widths[c] < 70;
        }
        List<Cell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(new Cell().add(text.wrap(table.headers().get(c), HEADER_SIZE, widths[c] - 2 * PAD),
                    HEADER_SIZE, PdfCanvas.INK));
        }
        float headerHeight = rowHeight(header);
        float available = PdfCanvas.TOP - PdfCanvas.BOTTOM - headerHeight;

        List<List<Cell>> rows = new ArrayList<>();
        for (List<String> values : table.rows()) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = new Cell().add(text.wrap(c < values.size() ? values.get(c) : "", CELL_SIZE,
                        widths[c] - 2 * PAD), CELL_SIZE, PdfCanvas.INK);
                row.add(cell.limit(available - 2 * PAD));
            }
            rows.add(row);
        }
        canvas.ensure(headerHeight + rowHeight(rows.isEmpty() ? header : rows.get(0)));
        row(canvas, header, widths, headerHeight, PdfCanvas.SHADE, centre);
        for (List<Cell> row : rows) {
            float height = rowHeight(row);
            if (canvas.ensure(height)) {
                row(canvas, header, widths, headerHeight, PdfCanvas.SHADE, centre);
            }
            row(canvas, row, widths, height, null, centre);
        }
        canvas.down(12);
    }

    private static float rowHeight(List<Cell> row) {
        return row.stream().map(Cell::height).max(Float::compare).orElse(0f) + 2 * PAD;
    }

    private static void row(PdfCanvas canvas, List<Cell> cells, float[] widths, float height, Color fill,
                            boolean[] centre) {
        float top = canvas.y();
        float x = PdfCanvas.LEFT;
        for (int c = 0; c < widths.length; c++) {
            canvas.rectangle(x, top - height, widths[c], height, fill, PdfCanvas.RULE);
            cells.get(c).draw(canvas, x + PAD, top - PAD, centre[c], widths[c] - 2 * PAD);
            x += widths[c];
        }
        canvas.down(height);
    }

    /** Natural widths when they fit; otherwise narrow columns keep theirs and wide ones share the rest. */
    private static float[] columnWidths(TextKit text, Table table) {
        int columns = table.headers().size();
        float total = PdfCanvas.width();
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = 0;
            for (String word : text.safe(table.headers().get(c)).split("\\s+")) {
                widest = Math.max(widest, text.width(word, HEADER_SIZE));
            }
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    for (String line : text.safe(row.get(c)).split("\n")) {
                        widest = Math.max(widest, text.width(line, CELL_SIZE));
                    }
                }
            }
            natural[c] = Math.max(widest + 2 * PAD + 1, 28);
        }
        float sum = 0;
        for (float w : natural) {
            sum += w;
        }
        float[] widths = new float[columns];
        if (sum <= total) {
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] + (total - sum) * natural[c] / sum;
            }
            return widths;
        }
        boolean[] fixed = new boolean[columns];
        float remaining = total;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = remaining / open;
            for (int c = 0; c < columns; c++) {
                if (!fixed[c] && natural[c] <= fair) {
                    fixed[c] = true;
                    widths[c] = natural[c];
                    remaining -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        float openNatural = 0;
        for (int c = 0; c < columns; c++) {
            if (!fixed[c]) {
                openNatural += natural[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!fixed[c]) {
                widths[c] = remaining * natural[c] / openNatural;
            }
        }
        return widths;
    }
}
