package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualDocument.Block;
import io.casehall.shared.seal.BilingualDocument.Field;
import io.casehall.shared.seal.BilingualDocument.Fields;
import io.casehall.shared.seal.BilingualDocument.Paragraph;
import io.casehall.shared.seal.BilingualDocument.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays out a {@link BilingualDocument} on A4 pages: title, paragraphs, label/value grids and tables
 * (breaking across pages under a repeated header), then the issuing block with the seal. Every page
 * carries the university's name at the top and the verification number, the verification address,
 * the issue date and the page number at the bottom.
 */
@Component
class BilingualPdfRenderer {

    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final float SEAL_RADIUS = 60;

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
            SealPlacement placement;
            try (PdfCanvas canvas = new PdfCanvas(pdf, text)) {
                title(canvas, document);
                for (Block block : document.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        paragraph(canvas, paragraph);
                    } else if (block instanceof Fields fields) {
                        fields(canvas, fields.fields());
                    } else if (block instanceof Table table) {
                        table(canvas, table);
                    }
                }
                placement = closing(canvas, verificationNumber, issued);
            }
            decorate(pdf, text, verificationNumber, issued);
            info(pdf, document, verificationNumber, issued, zone);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), placement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void title(PdfCanvas canvas, BilingualDocument document) {
        TextKit text = canvas.text();
        canvas.down(8);
        centred(canvas, text.wrap(document.titleZh(), 19, PdfCanvas.width()), 19, 28, PdfCanvas.INK, true);
        centred(canvas, text.wrap(document.titleEn(), 13, PdfCanvas.width()), 13, 19, PdfCanvas.INK, false);
        canvas.down(14);
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

    private static void paragraph(PdfCanvas canvas, Paragraph paragraph) {
        flowing(canvas, paragraph.zh(), 10.5f, 17, PdfCanvas.INK);
        flowing(canvas, paragraph.en(), 9.5f, 14.5f, PdfCanvas.GREY);
        canvas.down(8);
    }

    private static void flowing(PdfCanvas canvas, String content, float size, float leading, Color color) {
        if (content == null || content.isBlank()) {
            return;
        }
        for (String line : canvas.text().wrap(content, size, PdfCanvas.width())) {
            canvas.ensure(leading);
            canvas.down(leading);
            canvas.line(line, PdfCanvas.LEFT, canvas.y() + leading * 0.27f, size, color, false);
        }
    }

    /** Label/value pairs in a ruled grid, two pairs per row; a row never splits across pages. */
    private static void fields(PdfCanvas canvas, List<Field> fields) {
        TextKit text = canvas.text();
        float labelWidth = PdfCanvas.width() * 0.17f;
        float valueWidth = PdfCanvas.width() / 2 - labelWidth;
        float pad = 5;
        for (int i = 0; i < fields.size(); i += 2) {
            List<Field> pair = fields.subList(i, Math.min(i + 2, fields.size()));
            List<Cell> cells = new ArrayList<>();
            float height = 0;
            for (Field field : pair) {
                Cell label = new Cell();
                label.add(text.wrap(field.labelZh(), 9, labelWidth - 2 * pad), 9, PdfCanvas.INK);
                label.add(text.wrap(field.labelEn(), 7.5f, labelWidth - 2 * pad), 7.5f, PdfCanvas.GREY);
                Cell value = new Cell();
                value.add(text.wrap(field.value(), 10, valueWidth - 2 * pad), 10, PdfCanvas.INK);
                cells.add(label);
                cells.add(value);
                height = Math.max(height, Math.max(label.height(), value.height()) + 2 * pad);
            }
            canvas.ensure(height);
            float top = canvas.y();
            float x = PdfCanvas.LEFT;
            for (int c = 0; c < 4; c++) {
                float w = c % 2 == 0 ? labelWidth : valueWidth;
                canvas.rectangle(x, top - height, w, height, c % 2 == 0 ? PdfCanvas.SHADE : null, PdfCanvas.RULE);
                if (c < cells.size()) {
                    cells.get(c).draw(canvas, x + pad, top - pad, false, w - 2 * pad);
                }
                x += w;
            }
            canvas.down(height);
        }
        canvas.down(10);
    }

    private static void table(PdfCanvas canvas, Table table) {
        TextKit text = canvas.text();
        int columns = table.headers().size();
        float pad = 4;
        float headerSize = 8.5f;
        float cellSize = 9;
        float[] widths = columnWidths(text, table, headerSize, cellSize, pad);
        boolean[] centre = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            centre[c] = widths[c] < 70;
        }
        List<Cell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = new Cell();
            cell.add(text.wrap(table.headers().get(c), headerSize, widths[c] - 2 * pad), headerSize, PdfCanvas.INK);
            header.add(cell);
        }
        float headerHeight = header.stream().map(Cell::height).max(Float::compare).orElse(0f) + 2 * pad;
        float available = PdfCanvas.TOP - PdfCanvas.BOTTOM - headerHeight;

        List<List<Cell>> rows = new ArrayList<>();
        for (List<String> values : table.rows()) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = new Cell();
                cell.add(text.wrap(c < values.size() ? values.get(c) : "", cellSize, widths[c] - 2 * pad), cellSize,
                        PdfCanvas.INK);
                row.add(cell.limit(available - 2 * pad));
            }
            rows.add(row);
        }
        canvas.ensure(headerHeight + rowHeight(rows.isEmpty() ? header : rows.get(0), pad));
        tableRow(canvas, header, widths, headerHeight, pad, PdfCanvas.SHADE, centre);
        for (List<Cell> row : rows) {
            float height = rowHeight(row, pad);
            if (canvas.ensure(height)) {
                tableRow(canvas, header, widths, headerHeight, pad, PdfCanvas.SHADE, centre);
            }
            tableRow(canvas, row, widths, height, pad, null, centre);
        }
        canvas.down(12);
    }

    private static float rowHeight(List<Cell> row, float pad) {
        return row.stream().map(Cell::height).max(Float::compare).orElse(0f) + 2 * pad;
    }

    private static void tableRow(PdfCanvas canvas, List<Cell> cells, float[] widths, float height, float pad,
                                 Color fill, boolean[] centre) {
        float top = canvas.y();
        float x = PdfCanvas.LEFT;
        for (int c = 0; c < widths.length; c++) {
            canvas.rectangle(x, top - height, widths[c], height, fill, PdfCanvas.RULE);
            cells.get(c).draw(canvas, x + pad, top - pad, centre[c], widths[c] - 2 * pad);
            x += widths[c];
        }
        canvas.down(height);
    }

    /** Natural widths when they fit; otherwise narrow columns keep theirs and wide ones share the rest. */
    private static float[] columnWidths(TextKit text, Table table, float headerSize, float cellSize, float pad) {
        int columns = table.headers().size();
        float total = PdfCanvas.width();
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = 0;
            for (String word : text.safe(table.headers().get(c)).split("\\s+")) {
                widest = Math.max(widest, text.width(word, headerSize));
            }
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    for (String line : text.safe(row.get(c)).split("\n")) {
                        widest = Math.max(widest, text.width(line, cellSize));
                    }
                }
            }
            natural[c] = Math.max(widest + 2 * pad + 1, 28);
        }
        float sum = 0;
        for (float w : natural) {
            sum += w;
        }
        float[] widths = new float[columns];
        if (sum <= total) {
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] + (total - sum) * natural[c] / sum;
            }
            return widths;
        }
        boolean[] fixed = new boolean[columns];
        float remaining = total;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = remaining / open;
            for (int c = 0; c < columns; c++) {
                if (!fixed[c] && natural[c] <= fair) {
                    fixed[c] = true;
                    widths[c] = natural[c];
                    remaining -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        float openNatural = 0;
        for (int c = 0; c < columns; c++) {
            if (!fixed[c]) {
                openNatural += natural[c];
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!fixed[c]) {
                widths[c] = remaining * natural[c] / openNatural;
            }
        }
        return widths;
    }

    /** The notice how to verify, then the issuer's name and the date with the seal over them. */
    private SealPlacement closing(PdfCanvas canvas, String number, LocalDate issued) {
        String url = settings.verificationUrl();
        canvas.down(6);
        flowing(canvas, "本文件由" + settings.universityName() + "加盖电子印章签发。核验真伪请访问 " + url
                + "，上传本文件或输入验证编号 " + number + "。", 9.5f, 15, PdfCanvas.INK);
        flowing(canvas, "This document was issued with the electronic seal of " + settings.universityNameEn()
                + ". To check that it is genuine, visit " + url + " and upload this file or enter the verification number "
                + number + ".", 8.5f, 13, PdfCanvas.GREY);
        float blockHeight = 2 * SEAL_RADIUS + 24;
        canvas.ensure(blockHeight);
        TextKit text = canvas.text();
        float right = PdfCanvas.RIGHT - 10;
        float top = canvas.y() - 30;
        String[] lines = {text.safe(settings.universityName()), text.safe(settings.universityNameEn()),
                text.safe("签发日期：" + DATE_ZH.format(issued)), "Date of issue: " + DATE_EN.format(issued)};
        float[] sizes = {11.5f, 9, 10.5f, 9};
        float baseline = top;
        float centreY = 0;
        for (int i = 0; i < lines.length; i++) {
            float width = text.width(lines[i], sizes[i]);
            canvas.line(lines[i], right - width, baseline, sizes[i], i % 2 == 0 ? PdfCanvas.INK : PdfCanvas.GREY, i == 0);
            if (i == 1) {
                centreY = baseline - 4;
            }
            baseline -= sizes[i] * 1.7f;
        }
        float cx = right - 75;
        SealStamp.draw(canvas.stream(), text, cx, centreY, SEAL_RADIUS, settings.universityName(), settings.sealText());
        canvas.down(blockHeight);
        return new SealPlacement(canvas.pageIndex(),
                new PDRectangle(cx - SEAL_RADIUS, centreY - SEAL_RADIUS, 2 * SEAL_RADIUS, 2 * SEAL_RADIUS));
    }

    /** Header and footer on every page, drawn last because the footer counts the pages. */
    private void decorate(PDDocument pdf, TextKit text, String number, LocalDate issued) throws IOException {
        int count = pdf.getNumberOfPages();
        String header = text.safe(settings.universityName() + "  " + settings.universityNameEn());
        String verify = text.safe("验证编号 Verification No.: " + number + "    核验 Verify at: " + settings.verificationUrl());
        String date = text.safe("签发日期 Date of issue: " + issued);
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float top = PdfCanvas.PAGE.getHeight() - 40;
                PdfCanvas.line(cs, text, header, PdfCanvas.LEFT, top, 8, PdfCanvas.GREY, false);
                PdfCanvas.rule(cs, PdfCanvas.LEFT, PdfCanvas.RIGHT, top - 6, PdfCanvas.RULE);
                PdfCanvas.rule(cs, PdfCanvas.LEFT, PdfCanvas.RIGHT, 54, PdfCanvas.RULE);
                PdfCanvas.line(cs, text, verify, PdfCanvas.LEFT, 42, 8, PdfCanvas.GREY, false);
                PdfCanvas.line(cs, text, date, PdfCanvas.LEFT, 30, 8, PdfCanvas.GREY, false);
                String pageNo = text.safe("第 " + (i + 1) + " 页，共 " + count + " 页  Page " + (i + 1) + " of " + count);
                PdfCanvas.line(cs, text, pageNo, PdfCanvas.RIGHT - text.width(pageNo, 8), 42, 8, PdfCanvas.GREY, false);
            }
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

    private record Line(String text, float size, Color color) {
        float leading() {
            return size * 1.35f;
        }
    }

    /** A cell's lines with their sizes and colours, drawn from the top-left corner of its text box. */
    private static final class Cell {

        private final List<Line> lines = new ArrayList<>();

        Cell add(List<String> wrapped, float size, Color color) {
            for (String line : wrapped) {
                if (!line.isEmpty() || wrapped.size() == 1) {
                    lines.add(new Line(line, size, color));
                }
            }
            return this;
        }

        float height() {
            float h = 0;
            for (Line line : lines) {
                h += line.leading();
            }
            return h;
        }

        /** Drops the lines past what one page can hold (a single enormous cell), ending with an ellipsis. */
        Cell limit(float maxHeight) {
            float h = 0;
            for (int i = 0; i < lines.size(); i++) {
                h += lines.get(i).leading();
                if (h > maxHeight) {
                    Line cut = lines.get(i);
                    lines.subList(Math.max(i - 1, 0), lines.size()).clear();
                    lines.add(new Line("...", cut.size(), cut.color()));
                    return this;
                }
            }
            return this;
        }

        void draw(PdfCanvas canvas, float x, float top, boolean centre, float width) {
            float y = top;
            for (Line line : lines) {
                float offset = centre ? (width - canvas.text().width(line.text(), line.size())) / 2 : 0;
                canvas.line(line.text(), x + offset, y - line.size() * PdfCanvas.ASCENT, line.size(), line.color(), false);
                y -= line.leading();
            }
        }
    }
}
