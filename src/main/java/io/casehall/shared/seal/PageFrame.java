package io.casehall.shared.seal;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The header and footer of every page: the university's name at the top; the verification number and
 * address, the date of issue and the page number at the bottom. Drawn last, because the footer counts the pages.
 */
final class PageFrame {

    private PageFrame() {
    }

    static void draw(PDDocument pdf, TextKit text, SealSettings settings, String number, LocalDate issued)
            throws IOException {
        int count = pdf.getNumberOfPages();
        String header = text.safe(settings.universityName() + "  " + settings.universityNameEn());
        String verify = text.safe("验证编号 Verification No.: " + number + "    核验 Verify at: "
                + settings.verificationUrl());
        String date = text.safe("签发日期 Date of issue: " + issued);
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(pdf, pdf.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float top = PdfCanvas.PAGE.getHeight() - 40;
                PdfCanvas.line(cs, text, header, PdfCanvas.LEFT, top, 8, PdfCanvas.GREY, false);
                PdfCanvas.rule(cs, PdfCanvas.LEFT, PdfCanvas.RIGHT, top - 6, PdfCanvas.RULE);
                PdfCanvas.rule(cs, PdfCanvas.LEFT, PdfCanvas.RIGHT, 54, PdfCanvas.RULE);
                PdfCanvas.line(cs, text, verify, PdfCanvas.LEFT, 42, 8, PdfCanvas.GREY, false);
                PdfCanvas.line(cs, text, date, PdfCanvas.LEFT, 30, 8, PdfCanvas.GREY, false);
                String pageNo = text.safe("第 " + (i + 1) + " 页，共 " + count + " 页  Page " + (i + 1) + " of " + count);
                PdfCanvas.line(cs, text, pageNo, PdfCanvas.RIGHT - text.width(pageNo, 8), 42, 8, PdfCanvas.GREY,
                        false);
            }
        }
    }
}
