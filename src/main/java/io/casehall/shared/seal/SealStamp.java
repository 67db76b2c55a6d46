package io.casehall.shared.seal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the round red seal in vector graphics: a ring, the university's name along the upper arc with
 * each character turned to face outwards, a five-pointed star in the middle and the seal's purpose
 * (证明专用章) straight across below it. Multiply blending lets the text underneath show through, as
 * ink on paper does.
 */
final class SealStamp {

    static final Color SEAL_RED = new Color(0xD0, 0x10, 0x1B);
    /** The arc the name may cover, centred on the top of the ring. */
    private static final double NAME_SPAN = Math.toRadians(230);

    private SealStamp() {
    }

    static void draw(PDPageContentStream cs, TextKit text, float cx, float cy, float radius,
                     String name, String purpose) {
        try {
            cs.saveGraphicsState();
            PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
            ink.setBlendMode(BlendMode.MULTIPLY);
            ink.setNonStrokingAlphaConstant(0.92f);
            ink.setStrokingAlphaConstant(0.92f);
            cs.setGraphicsStateParameters(ink);
            cs.setStrokingColor(SEAL_RED);
            cs.setNonStrokingColor(SEAL_RED);

            float ring = radius * 0.05f;
            cs.setLineWidth(ring);
            circle(cs, cx, cy, radius - ring / 2);
            cs.stroke();

            star(cs, cx, cy, radius * 0.27f);
            cs.fill();

            arcText(cs, text, cx, cy, radius - ring - radius * 0.06f, text.safe(name).strip(), radius * 0.2f);

            String bottom = text.safe(purpose).strip();
            float size = radius * 0.17f;
            float width = text.width(bottom, size);
            float maxWidth = radius * 1.1f;
            if (width > maxWidth) {
                size = size * maxWidth / width;
                width = maxWidth;
            }
            PdfCanvas.line(cs, text, bottom, cx - width / 2, cy - radius * 0.58f, size, SEAL_RED, true);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Places the characters one by one on the arc whose glyph tops touch {@code topRadius}, spread
     * over the span in proportion to their widths, each rotated so that its top points outwards.
     */
    private static void arcText(PDPageContentStream cs, TextKit text, float cx, float cy, float topRadius,
                                String name, float size) throws IOException {
        if (name.isEmpty()) {
            return;
        }
        int[] codePoints = name.codePoints().toArray();
        float[] widths = new float[codePoints.length];
        float total = 0;
        for (int i = 0; i < codePoints.length; i++) {
            widths[i] = text.width(new String(Character.toChars(codePoints[i])), size);
            total += widths[i];
        }
        // Shrink the characters if even tightly packed they would not fit the span.
        double baseline = topRadius - size * PdfCanvas.ASCENT;
        double available = NAME_SPAN * (baseline + size * 0.35);
        if (total * 1.1 > available) {
            float factor = (float) (available / (total * 1.1));
            size *= factor;
            total *= factor;
            for (int i = 0; i < widths.length; i++) {
                widths[i] *= factor;
            }
            baseline = topRadius - size * PdfCanvas.ASCENT;
        }
        double span = Math.min(NAME_SPAN, Math.max(Math.toRadians(180), total * 1.6 / baseline));
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.setLineWidth(size * 0.04f);
        double start = Math.PI / 2 + span / 2;
        double travelled = 0;
        for (int i = 0; i < codePoints.length; i++) {
            double share = widths[i] / total * span;
            double angle = start - travelled - share / 2;
            travelled += share;
            double rotation = angle - Math.PI / 2;
            double x = cx + baseline * Math.cos(angle) - widths[i] / 2 * Math.cos(rotation);
            double y = cy + baseline * Math.sin(angle) - widths[i] / 2 * Math.sin(rotation);
            cs.beginText();
            cs.setFont(text.font(), size);
            cs.setTextMatrix(Matrix.getRotateInstance(rotation, (float) x, (float) y));
            cs.showText(new String(Character.toChars(codePoints[i])));
            cs.endText();
        }
        cs.setRenderingMode(RenderingMode.FILL);
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private static void star(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float inner = r * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : inner;
            float x = (float) (cx + radius * Math.cos(angle));
            float y = (float) (cy + radius * Math.sin(angle));
            if (i == 0) {
                cs.moveTo(x, y);
            } else {
                cs.lineTo(x, y);
            }
        }
        cs.closePath();
    }
}
