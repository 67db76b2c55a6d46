package io.casehall.shared.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.springframework.stereotype.Component;

/**
 * The CJK font every sealed PDF embeds (as a subset): WenQuanYi Micro Hei, shipped in the jar under
 * {@code fonts/} with its licence, so no operating-system font is needed. It has TrueType (glyf)
 * outlines, which PDFBox can subset, and covers GBK Hanzi (simplified and traditional) and Latin.
 */
@Component
class SealFont {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";

    private final byte[] collection;

    SealFont() {
        try (InputStream in = SealFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " is missing from the classpath");
            }
            this.collection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh parse for one document: fontbox fonts read lazily and are not safe to share between threads. */
    Loaded open() throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(collection));
        TrueTypeFont face = ttc.getFontByName(FACE);
        if (face == null) {
            ttc.close();
            throw new IOException("Face " + FACE + " not found in " + RESOURCE);
        }
        return new Loaded(ttc, face);
    }

    /** The parsed font, open until the document that embeds it has been saved. */
    record Loaded(TrueTypeCollection collection, TrueTypeFont face) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            collection.close();
        }
    }
}
