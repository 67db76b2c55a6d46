package io.casehall.shared.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** A PDF upload must be complete, open with PDFBox, not be encrypted (staff must read it) and have a page. */
final class PdfCheck {

    /** Readers (Acrobat among them) accept the end-of-file marker anywhere in the last 1024 bytes. */
    private static final int END_MARKER_WINDOW = 1024;

    private enum Outcome { READABLE, ENCRYPTED, NO_PAGE, UNREADABLE }

    private PdfCheck() {
    }

    static void check(String name, byte[] content) {
        // PDFBox parses leniently and rebuilds a cut-off file from the objects it finds, so the missing
        // end-of-file marker is what gives a truncated upload away.
        Outcome outcome = hasEndMarker(content) ? open(content) : Outcome.UNREADABLE;
        switch (outcome) {
            case ENCRYPTED -> throw new DocumentRejectedException("upload.encrypted", name);
            case NO_PAGE, UNREADABLE -> throw new DocumentRejectedException("upload.damaged", name,
                    FileKind.PDF.label());
            case READABLE -> { }
        }
    }

    private static Outcome open(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Outcome.ENCRYPTED;
            }
            return document.getPages().iterator().hasNext() ? Outcome.READABLE : Outcome.NO_PAGE;
        } catch (InvalidPasswordException e) {
            return Outcome.ENCRYPTED;
        } catch (IOException | RuntimeException e) {
            return Outcome.UNREADABLE;
        }
    }

    private static boolean hasEndMarker(byte[] content) {
        int from = Math.max(0, content.length - END_MARKER_WINDOW);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
