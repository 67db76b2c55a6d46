package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.CutLine;

/**
 * A dashed line from one edge of the sheet to the other (a cut must cross the whole sheet, margins included),
 * interrupted in the middle by its caption.
 */
final class CutLineLayout {

    static final float HEIGHT = 28;
    private static final float EDGE = 18;
    private static final float CAPTION_SIZE = 8.5f;
    private static final float GAP = 6;

    private CutLineLayout() {
    }

    static void draw(PdfCanvas canvas, CutLine cut) {
        TextKit text = canvas.text();
        canvas.ensure(HEIGHT);
        float y = canvas.y() - HEIGHT / 2;
        String caption = text.safe(join(cut.zh(), cut.en()));
        float right = PdfCanvas.PAGE.getWidth() - EDGE;
        if (caption.isEmpty()) {
            canvas.dashedRule(EDGE, right, y, PdfCanvas.INK);
        } else {
            float width = text.width(caption, CAPTION_SIZE);
            float start = (PdfCanvas.PAGE.getWidth() - width) / 2;
            canvas.dashedRule(EDGE, start - GAP, y, PdfCanvas.INK);
            canvas.dashedRule(start + width + GAP, right, y, PdfCanvas.INK);
            canvas.line(caption, start, y - CAPTION_SIZE * 0.35f, CAPTION_SIZE, PdfCanvas.GREY, false);
        }
        canvas.down(HEIGHT);
    }

    private static String join(String zh, String en) {
        String a = zh == null ? "" : zh.strip();
        String b = en == null ? "" : en.strip();
        return (a + " " + b).strip();
    }
}
