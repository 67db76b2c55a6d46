package io.casehall.qualification.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The college's report 《关于20XX届毕业生资格审查材料的报告》 as a Word document (.docx, Apache POI XWPF) that the
 * college edits, prints, stamps and signs: title, addressee (招生就业处), the paragraphs summarising the review, the
 * statistics table (per education level and major) and the signature lines. The words come from the
 * {@code qualification.report.*} messages, always in Chinese: the report goes to the employment office whatever
 * language the reviewer reads the console in.
 */
@Component
public class CollegeReportDocument {

    /** A4 in twentieths of a point, with the margins of an official letter (3.7 cm top, 2.8 cm sides). */
    private static final long A4_WIDTH = 11_906;
    private static final long A4_HEIGHT = 16_838;
    private static final long MARGIN_TOP = 2_098;
    private static final long MARGIN_BOTTOM = 1_984;
    private static final long MARGIN_SIDE = 1_588;

    /** The media type of a Word document (.docx). */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Locale REPORT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public CollegeReportDocument(MessageSource messages) {
        this.messages = messages;
    }

    /** The file name offered for download: the title and the college. */
    public String fileName(CollegeReport report) {
        return text("qualification.report.fileName", String.valueOf(report.graduationYear()), report.college());
    }

    public byte[] write(CollegeReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReportStyle style = new ReportStyle(document);
            pageSetup(document);
            String year = String.valueOf(report.graduationYear());
            style.title(text("qualification.report.title", year));
            style.plain(text("qualification.report.addressee"));
            style.body(text("qualification.report.intro", year, report.college(), date(report.graduateWindowStart()),
                    date(report.graduateWindowEnd()), date(report.collegeWindowStart()), date(report.collegeWindowEnd())));
            StatusCounts t = report.totals();
            style.body(text("qualification.report.overview", year, n(t.graduates()), n(t.confirmed()), n(t.changed()),
                    n(t.pending()), n(t.notChanged()), n(t.notSubmitted())));
            RequestCounts r = report.requests();
            style.body(text("qualification.report.requests", n(r.total()), n(r.approved()), n(r.rejected()),
                    n(r.pending()), n(r.expired())));
            RosterCounts roster = report.roster();
            style.body(text("qualification.report.roster", n(roster.added()), n(roster.removed()), n(roster.pending())));
            style.body(text("qualification.report.commitment"));
            style.body(text("qualification.report.tableIntro"));
            style.caption(text("qualification.report.table.title", report.college(), year));
            new StatisticsTable(messages, REPORT_LOCALE, style).write(document, report);
            style.body(text("qualification.report.closing"));
            signatures(style);
            style.note(text("qualification.report.generated", date(report.issuedOn())));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signatures(ReportStyle style) {
        style.blank();
        style.signature(text("qualification.report.seal"));
        style.signature(text("qualification.report.signature"));
        style.signature(text("qualification.report.date"));
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, REPORT_LOCALE);
    }

    /** Counts as plain digits (a message format would write 1,000). */
    private static String n(long count) {
        return Long.toString(count);
    }

    /** 2022年10月6日; a missing date reads as blanks the college fills in. */
    private static String date(LocalDate date) {
        return date == null ? "    年  月  日"
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The paragraph kinds of the report, in the sizes and fonts of an official letter. */
    static final class ReportStyle {

        static final String BODY_FONT = "仿宋";
        static final String TITLE_FONT = "宋体";
        static final String LATIN_FONT = "Times New Roman";
        static final int TITLE_SIZE = 22;
        static final int BODY_SIZE = 16;
        static final int TABLE_SIZE = 11;

        private final XWPFDocument document;

        ReportStyle(XWPFDocument document) {
            this.document = document;
        }

        void title(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
            p.setSpacingAfter(400);
            run(p, text, TITLE_FONT, TITLE_SIZE, true);
        }

        void plain(String text) {
            run(paragraph(ParagraphAlignment.LEFT), text, BODY_FONT, BODY_SIZE, false);
        }

        void body(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(BODY_SIZE * 20 * 2);
            run(p, text, BODY_FONT, BODY_SIZE, false);
        }

        void caption(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
            p.setSpacingBefore(200);
            run(p, text, BODY_FONT, BODY_SIZE, true);
        }

        void signature(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
            p.setIndentationLeft(BODY_SIZE * 20 * 12);
            p.setSpacingBefore(240);
            run(p, text, BODY_FONT, BODY_SIZE, false);
        }

        void note(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
            p.setSpacingBefore(600);
            run(p, text, BODY_FONT, TABLE_SIZE, false);
        }

        void blank() {
            paragraph(ParagraphAlignment.LEFT);
        }

        void cell(XWPFParagraph p, String text, boolean bold) {
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            run(p, text, BODY_FONT, TABLE_SIZE, bold);
        }

        /** A table of fixed column widths (twips): word processors otherwise share the width out equally. */
        XWPFTable table(int rows, int[] widths) {
            XWPFTable table = document.createTable(rows, widths.length);
            table.setWidth(Integer.toString(IntStream.of(widths).sum()));
            CTTblPr properties = table.getCTTbl().getTblPr();
            (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                    .setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int c = 0; c < widths.length; c++) {
                    row.getCell(c).setWidth(Integer.toString(widths[c]));
                }
            }
            return table;
        }

        private XWPFParagraph paragraph(ParagraphAlignment alignment) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(alignment);
            p.setSpacingAfter(120);
            return p;
        }

        private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
            XWPFRun run = p.createRun();
            run.setText(text);
            run.setBold(bold);
            run.setFontSize(size);
            run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
            run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
            run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        }
    }
}
