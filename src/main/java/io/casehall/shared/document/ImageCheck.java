package io.casehall.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A JPEG or PNG upload must decode completely with ImageIO, and its dimensions, read from the header before
 * anything is decoded, must stay within {@link #MAX_SIDE} and {@link #MAX_PIXELS}.
 */
final class ImageCheck {

    /** Enough for a 600 dpi A4 scan (4960 × 7016) and a 48-megapixel phone photo (8000 × 6000). */
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 50_000_000L;
    /** Pixels held in memory while decoding: a larger image is decoded whole but keeps only every n-th column. */
    private static final long DECODED_PIXELS = 4_000_000L;
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int PNG_IEND = 0x49454E44;

    private ImageCheck() {
    }

    static void check(FileKind kind, String name, byte[] content) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(kind == FileKind.PNG ? "png" : "jpeg").next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new DocumentRejectedException("upload.imageTooLarge", name, String.valueOf(width),
                        String.valueOf(height), String.valueOf(MAX_SIDE), String.valueOf(MAX_PIXELS / 10_000),
                        String.valueOf(MAX_PIXELS / 1_000_000));
            }
            if (!decodesCompletely(reader, width, height) || kind == FileKind.PNG && !reachesPngEnd(content)) {
                throw damaged(kind, name);
            }
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(kind, name);
        } finally {
            reader.dispose();
        }
    }

    /** Decodes every row; false when the decoder had to make up the end of a cut-off file. */
    private static boolean decodesCompletely(ImageReader reader, int width, int height) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        long columnStep = Math.min(width, Math.max(1, ((long) width * height + DECODED_PIXELS - 1) / DECODED_PIXELS));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling((int) columnStep, 1, 0, 0);
        // A raster skips colour conversion, which also lets CMYK JPEGs (some scanners) through.
        if (reader.canReadRaster()) {
            reader.readRaster(0, param);
        } else {
            reader.read(0, param);
        }
        // The JPEG decoder only warns ("Premature end of JPEG file", "Truncated File - Missing EOI marker")
        // and fills the missing rows with grey.
        return warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .noneMatch(w -> w.contains("premature end") || w.contains("truncated"));
    }

    /** The PNG decoder stops after the image data; a complete file goes on to its IEND chunk. */
    private static boolean reachesPngEnd(byte[] content) {
        ByteBuffer chunks = ByteBuffer.wrap(content, PNG_SIGNATURE_LENGTH, content.length - PNG_SIGNATURE_LENGTH);
        while (chunks.remaining() >= 12) {
            int length = chunks.getInt();
            if (chunks.getInt() == PNG_IEND) {
                return true;
            }
            if (length < 0 || length > chunks.remaining() - 4) {
                return false;
            }
            chunks.position(chunks.position() + length + 4);
        }
        return false;
    }

    private static DocumentRejectedException damaged(FileKind kind, String name) {
        return new DocumentRejectedException("upload.damaged", name, kind.label());
    }
}
