package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Paragraph;
import java.awt.Color;
import java.util.List;

/** Text that flows down the page and breaks across pages line by line: the title and paragraphs. */
final class FlowingText {

    private FlowingText() {
    }

    static void title(PdfCanvas canvas, BilingualDocument document) {
        TextKit text = canvas.text();
        canvas.down(8);
        centred(canvas, text.wrap(document.titleZh(), 19, PdfCanvas.width()), 19, 28, PdfCanvas.INK, true);
        centred(canvas, text.wrap(document.titleEn(), 13, PdfCanvas.width()), 13, 19, PdfCanvas.INK, false);
        canvas.down(14);
    }

    static void paragraph(PdfCanvas canvas, Paragraph paragraph) {
        flowing(canvas, paragraph.zh(), 10.5f, 17, PdfCanvas.INK);
        flowing(canvas, paragraph.en(), 9.5f, 14.5f, PdfCanvas.GREY);
        canvas.down(8);
    }

    /** Lines of {@code content} wrapped to the page width, each on a new page when the current one is full. */
    static void flowing(PdfCanvas canvas, String content, float size, float leading, Color color) {
        if (content == null || content.isBlank()) {
            return;
        }
        for (String line : canvas.text().wrap(content, size, PdfCanvas.width())) {
            canvas.ensure(leading);
            canvas.down(leading);
            canvas.line(line, PdfCanvas.LEFT, canvas.y() + leading * 0.27f, size, color, false);
        }
    }

    private static void centred(PdfCanvas canvas, List<String> lines, float size, float leading, Color color,
                                boolean bold) {
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            canvas.ensure(leading);
            canvas.down(leading);
            float width = canvas.text().width(line, size);
            canvas.line(line, PdfCanvas.LEFT + (PdfCanvas.width() - width) / 2, canvas.y() + leading * 0.25f, size,
                    color, bold);
        }
    }
}
