package io.casehall.qualification.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;

/**
 * The report's statistics table: one row per major (grouped by education level, with a subtotal per level when the
 * college has more than one), and the college's total. Columns: 学历层次, 专业, 毕业生人数, 已确认, 已修改, 待审核, 修改未通过, 未提交.
 */
final class StatisticsTable {

    private static final String[] HEADERS = {"education", "major", "graduates", "confirmed", "changed", "pending",
            "notChanged", "notSubmitted"};

    /**
     * Column widths in twips, filling the text width of the A4 page (8,730): 学历层次 and a major's name (up to eight
     * characters) on one line; the counts' headers break after three characters (毕业生/人数, 修改未/通过).
     */
    private static final int[] WIDTHS = {1_150, 2_000, 930, 930, 930, 930, 930, 930};

    private final MessageSource messages;
    private final Locale locale;
    private final CollegeReportDocument.ReportStyle style;

    StatisticsTable(MessageSource messages, Locale locale, CollegeReportDocument.ReportStyle style) {
        this.messages = messages;
        this.locale = locale;
        this.style = style;
    }

    void write(XWPFDocument document, CollegeReport report) {
        List<Row> rows = rows(report);
        XWPFTable table = style.table(rows.size() + 1, WIDTHS);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < HEADERS.length; i++) {
            style.cell(header.getCell(i).getParagraphs().get(0), text("qualification.report.table." + HEADERS[i]), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);
            String[] cells = row.cells();
            for (int i = 0; i < cells.length; i++) {
                style.cell(tableRow.getCell(i).getParagraphs().get(0), cells[i], row.bold());
            }
        }
    }

    /** The lines in the report's order, subtotals after each level's majors, the total last. */
    List<Row> rows(CollegeReport report) {
        Map<String, List<ReportLine>> byLevel = new LinkedHashMap<>();
        for (ReportLine line : report.lines()) {
            byLevel.computeIfAbsent(line.education() == null ? "" : line.education(), k -> new ArrayList<>()).add(line);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<ReportLine>> level : byLevel.entrySet()) {
            StatusCounts subtotal = StatusCounts.NONE;
            for (ReportLine line : level.getValue()) {
                rows.add(Row.of(level.getKey(), line.major(), line.counts(), false));
                subtotal = subtotal.plus(line.counts());
            }
            if (byLevel.size() > 1) {
                rows.add(Row.of(level.getKey(), text("qualification.report.table.subtotal"), subtotal, true));
            }
        }
        rows.add(Row.of(text("qualification.report.table.total"), "", report.totals(), true));
        return rows;
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    /** One table row's cells. */
    record Row(String[] cells, boolean bold) {

        static Row of(String first, String second, StatusCounts c, boolean bold) {
            return new Row(new String[] {first, second == null ? "" : second, Long.toString(c.graduates()),
                    Long.toString(c.confirmed()), Long.toString(c.changed()), Long.toString(c.pending()),
                    Long.toString(c.notChanged()), Long.toString(c.notSubmitted())}, bold);
        }
    }
}
