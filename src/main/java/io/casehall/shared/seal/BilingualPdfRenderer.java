package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Block;
import io.casehall.shared.seal.BilingualDocument.Box;
import io.casehall.shared.seal.BilingualDocument.CutLine;
import io.casehall.shared.seal.BilingualDocument.Fields;
import io.casehall.shared.seal.BilingualDocument.Issuer;
import io.casehall.shared.seal.BilingualDocument.Paragraph;
import io.casehall.shared.seal.BilingualDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays out a {@link BilingualDocument} on A4 pages: the title, then each block in order (paragraphs, field
 * grids, tables, cut lines, boxes), and the issuing block with the seal where the document places it or
 * else at the end. Every page carries the {@link PageFrame}.
 */
@Component
class BilingualPdfRenderer {

    private final SealFont sealFont;
    private final SealSettings settings;

    BilingualPdfRenderer(SealFont sealFont, SealSettings settings) {
        this.sealFont = sealFont;
        this.settings = settings;
    }

    /** What the signer needs besides the bytes: where the seal sits, to put the signature field over it. */
    record Rendered(byte[] bytes, SealPlacement seal) {
    }

    /** The page (0-based) and the square the seal covers. */
    record SealPlacement(int page, PDRectangle area) {
    }

    Rendered render(BilingualDocument document, String verificationNumber, LocalDate issued, ZoneId zone) {
        try (PDDocument pdf = new PDDocument(); SealFont.Loaded font = sealFont.open()) {
            pdf.setVersion(1.7f);
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            TextKit text = new TextKit(PDType0Font.load(pdf, font.face(), true));
            SealPlacement placement = null;
            try (PdfCanvas canvas = new PdfCanvas(pdf, text)) {
                FlowingText.title(canvas, document);
                List<Block> blocks = document.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    Block block = blocks.get(i);
                    if (block instanceof Issuer) {
                        placement = IssuerBlock.draw(canvas, settings, verificationNumber, issued);
                    } else {
                        draw(canvas, block, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
                    }
                }
                if (placement == null) {
                    placement = IssuerBlock.draw(canvas, settings, verificationNumber, issued);
                }
            }
            PageFrame.draw(pdf, text, settings, verificationNumber, issued);
            info(pdf, document, verificationNumber, issued, zone);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), placement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PdfCanvas canvas, Block block, Block next) {
        if (block instanceof Paragraph paragraph) {
            FlowingText.paragraph(canvas, paragraph);
        } else if (block instanceof Fields fields) {
            FieldGrid.draw(canvas, fields.fields());
        } else if (block instanceof Table table) {
            TableLayout.draw(canvas, table);
        } else if (block instanceof CutLine cut) {
            if (next instanceof Box box) {
                canvas.ensure(CutLineLayout.HEIGHT + BoxLayout.of(canvas.text(), box).height());
            }
            CutLineLayout.draw(canvas, cut);
        } else if (block instanceof Box box) {
            BoxLayout.of(canvas.text(), box).draw(canvas);
        }
    }

    private void info(PDDocument pdf, BilingualDocument document, String number, LocalDate issued, ZoneId zone) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setAuthor(settings.universityName());
        info.setSubject("Verification No. " + number);
        info.setProducer("CaseHall seal");
        Calendar created = GregorianCalendar.from(issued.atStartOfDay(zone));
        created.setTimeZone(TimeZone.getTimeZone(zone));
        info.setCreationDate(created);
    }
}
