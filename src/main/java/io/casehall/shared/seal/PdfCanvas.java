package io.casehall.shared.seal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A flow of A4 pages with a cursor moving down: blocks ask for room and get a new page when the
 * current one is full. Drawing helpers turn checked IO errors into unchecked ones.
 */
final class PdfCanvas implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 56;
    static final float RIGHT = PAGE.getWidth() - 56;
    static final float TOP = PAGE.getHeight() - 70;
    static final float BOTTOM = 70;
    /** Ascent of the CJK face as a share of the font size, to place a first baseline under a top edge. */
    static final float ASCENT = 0.86f;

    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x5B, 0x66);
    static final Color RULE = new Color(0x99, 0x9F, 0xA8);
    static final Color SHADE = new Color(0xEE, 0xF0, 0xF3);

    private final PDDocument document;
    private final TextKit text;
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, TextKit text) {
        this.document = document;
        this.text = text;
        newPage();
    }

    TextKit text() {
        return text;
    }

    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    static float width() {
        return RIGHT - LEFT;
    }

    /** Room for a block of this height below the cursor, on a new page if needed. True if a page was started. */
    boolean ensure(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
            return true;
        }
        return false;
    }

    int pageIndex() {
        return document.getNumberOfPages() - 1;
    }

    PDPageContentStream stream() {
        return stream;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** One line of already safe text with its baseline at {@code baseline}. */
    static void line(PDPageContentStream cs, TextKit text, String safe, float x, float baseline, float size,
                     Color color, boolean bold) {
        try {
            cs.beginText();
            cs.setFont(text.font(), size);
            cs.setNonStrokingColor(color);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setStrokingColor(color);
                cs.setLineWidth(size * 0.035f);
            }
            cs.newLineAtOffset(x, baseline);
            cs.showText(safe);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String safe, float x, float baseline, float size, Color color, boolean bold) {
        line(stream, text, safe, x, baseline, size, color, bold);
    }

    void rectangle(float x, float yBottom, float w, float h, Color fill, Color stroke) {
        rectangle(x, yBottom, w, h, fill, stroke, 0.5f);
    }

    void rectangle(float x, float yBottom, float w, float h, Color fill, Color stroke, float lineWidth) {
        try {
            if (fill != null) {
                stream.setNonStrokingColor(fill);
                stream.addRect(x, yBottom, w, h);
                stream.fill();
            }
            if (stroke != null) {
                stream.setStrokingColor(stroke);
                stream.setLineWidth(lineWidth);
                stream.addRect(x, yBottom, w, h);
                stream.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void rule(PDPageContentStream cs, float x1, float x2, float yAt, Color color) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(0.5f);
            cs.moveTo(x1, yAt);
            cs.lineTo(x2, yAt);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal dashed line at {@code yAt}; the dash pattern is reset afterwards. */
    void dashedRule(float x1, float x2, float yAt, Color color) {
        try {
            stream.saveGraphicsState();
            stream.setStrokingColor(color);
            stream.setLineWidth(0.8f);
            stream.setLineDashPattern(new float[] {5, 3}, 0);
            stream.moveTo(x1, yAt);
            stream.lineTo(x2, yAt);
            stream.stroke();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
