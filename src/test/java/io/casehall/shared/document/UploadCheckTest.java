package io.casehall.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.casehall.support.TestFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/** Uploads are judged by opening them, not by their first bytes. */
class UploadCheckTest {

    private static final UploadPolicy POLICY = UploadPolicy.ID_PHOTO;

    @Test
    void realFilesPass() throws IOException {
        assertThat(UploadCheck.validate(POLICY, "scan.pdf", TestFiles.pdf())).isEqualTo(FileKind.PDF);
        assertThat(UploadCheck.validate(POLICY, "id.png", TestFiles.png())).isEqualTo(FileKind.PNG);
        assertThat(UploadCheck.validate(POLICY, "id.jpg", TestFiles.jpeg())).isEqualTo(FileKind.JPEG);
        assertThat(UploadCheck.validate(POLICY, "photo.jpeg", noisyImage("jpg", 200, 150))).isEqualTo(FileKind.JPEG);
        // Over the pixels decoded at full width: decoded with columns skipped, still accepted.
        assertThat(UploadCheck.validate(UploadPolicy.ARCHIVE_SCAN, "a4.png", plainImage("png", 2480, 3508)))
                .isEqualTo(FileKind.PNG);
    }

    @Test
    void aPdfHeaderAloneIsNoPdf() {
        assertRefused("scan.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).isEqualTo("upload.damaged");
    }

    @Test
    void aTruncatedPdfIsRefusedEvenWhereALenientParserWouldRebuildIt() {
        byte[] pdf = TestFiles.pdf();
        assertRefused("scan.pdf", Arrays.copyOf(pdf, pdf.length / 2)).isEqualTo("upload.damaged");
        assertRefused("scan.pdf", Arrays.copyOf(pdf, pdf.length * 3 / 4)).isEqualTo("upload.damaged");
        assertRefused("scan.pdf", Arrays.copyOf(pdf, pdf.length - 8)).isEqualTo("upload.damaged");
    }

    @Test
    void encryptedPdfsAreRefusedWithOrWithoutAPasswordToOpenThem() throws IOException {
        assertRefused("scan.pdf", encryptedPdf("")).isEqualTo("upload.encrypted");
        assertRefused("scan.pdf", encryptedPdf("secret")).isEqualTo("upload.encrypted");
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws IOException {
        try (PDDocument empty = new PDDocument()) {
            assertRefused("scan.pdf", save(empty)).isEqualTo("upload.damaged");
        }
    }

    @Test
    void truncatedImagesAreRefused() throws IOException {
        byte[] png = noisyImage("png", 200, 150);
        byte[] jpeg = noisyImage("jpg", 200, 150);
        assertRefused("id.png", Arrays.copyOf(png, png.length / 2)).isEqualTo("upload.damaged");
        assertRefused("id.png", Arrays.copyOf(png, png.length - 12)).isEqualTo("upload.damaged");
        // The JPEG decoder would fill the missing rows with grey and only warn.
        assertRefused("id.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)).isEqualTo("upload.damaged");
        assertRefused("id.jpg", Arrays.copyOf(jpeg, jpeg.length - 2)).isEqualTo("upload.damaged");
    }

    @Test
    void imagesClaimingHugeDimensionsAreRefusedBeforeDecoding() throws IOException {
        // 50000 × 50000 would take 10 GB decoded; the header alone decides.
        DocumentRejectedException png = refusal("bomb.png", pngClaiming(50_000, 50_000));
        assertThat(png.messageKey()).isEqualTo("upload.imageTooLarge");
        assertThat(png.args()).startsWith("bomb.png", "50000", "50000");
        assertRefused("wide.png", pngClaiming(ImageCheck.MAX_SIDE + 1, 10)).isEqualTo("upload.imageTooLarge");
        assertRefused("bomb.jpg", jpegClaiming(60_000, 60_000)).isEqualTo("upload.imageTooLarge");
    }

    @Test
    void controlCharactersInTheNameAreStrippedNotAnError() {
        assertThat(UploadCheck.validate(POLICY, "id\u0000.png", TestFiles.png())).isEqualTo(FileKind.PNG);
        assertThat(UploadCheck.safeName("C:\\fakepath\\身份\u0000证\r\n.png")).isEqualTo("身份证.png");
        assertThat(UploadCheck.safeName("photo\u202Egnp.exe")).isEqualTo("photognp.exe");
        assertThat(UploadCheck.safeName("\"quoted\".pdf")).isEqualTo("_quoted_.pdf");
        // "photo.jpg\0.exe" is judged by what is left once the NUL is gone.
        assertRefused("photo.jpg\u0000.exe", TestFiles.jpeg()).isEqualTo("upload.unsupportedType");
        assertThat(refusal("bad\u0000.pdf", TestFiles.png()).args()[0]).isEqualTo("bad.pdf");
    }

    private static AbstractStringAssert<?> assertRefused(String name, byte[] content) {
        return assertThat(refusal(name, content).messageKey());
    }

    private static DocumentRejectedException refusal(String name, byte[] content) {
        Throwable thrown = catchThrowable(() -> UploadCheck.validate(POLICY, name, content));
        assertThat(thrown).isInstanceOf(DocumentRejectedException.class);
        return (DocumentRejectedException) thrown;
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(TestFiles.pdf())) {
            document.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Random pixels, so that the compressed data is long and a cut lands inside it. */
    private static byte[] noisyImage(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return write(image, format);
    }

    private static byte[] plainImage(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getGraphics().fillRect(100, 100, width / 2, height / 2);
        return write(image, format);
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A small, well-formed PNG whose header claims the given size (a decompression bomb's calling card). */
    private static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A real JPEG with the size in its frame header (SOF0) rewritten. */
    private static byte[] jpegClaiming(int width, int height) throws IOException {
        byte[] jpeg = noisyImage("jpg", 16, 16);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("No SOF0 marker");
    }
}
