package io.casehall.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streaming .xlsx export (SXSSF): only a window of rows is in memory, so 10,000 students times ten
 * checkpoints export in constant memory. Each sheet gets a bold, frozen header row and column widths.
 *
 * <pre>{@code
 * // in a controller: return ResponseEntity.ok()...body((StreamingResponseBody) out ->
 * SpreadsheetWriter.write(out, "学生", List.of(
 *         ExportColumn.of("学号", 14, Student::studentNo),
 *         ExportColumn.of("姓名", 10, Student::name)), repository.streamAll());
 * }</pre>
 *
 * Use one instance per file; close it (try-with-resources) to delete its temporary files.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    /** Excel's limit per cell. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_SHEET_ROWS = 1_048_576;
    private static final BigDecimal LARGEST_EXACT = BigDecimal.valueOf(999_999_999_999_999L);

    private final SXSSFWorkbook workbook;
    private final ZoneId zone;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;

    public SpreadsheetWriter() {
        this(ZoneId.of("Asia/Shanghai"));
    }

    /** @param zone the time zone in which {@link Instant} values are shown */
    public SpreadsheetWriter(ZoneId zone) {
        this.zone = zone;
        this.workbook = new SXSSFWorkbook(200);
        this.workbook.setCompressTempFiles(true);
        this.headerStyle = headerStyle(workbook);
        this.dateStyle = workbook.createCellStyle();
        this.dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.dateTimeStyle = workbook.createCellStyle();
        this.dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** One sheet with the given columns and rows, streamed row by row. */
    public <T> SpreadsheetWriter sheet(String name, List<ExportColumn<T>> columns, Iterable<? extends T> rows) {
        return sheet(name, columns, rows.iterator());
    }

    public <T> SpreadsheetWriter sheet(String name, List<ExportColumn<T>> columns, Stream<? extends T> rows) {
        try (rows) {
            return sheet(name, columns, rows.iterator());
        }
    }

    private <T> SpreadsheetWriter sheet(String name, List<ExportColumn<T>> columns, Iterator<? extends T> rows) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        int rowIndex = 1;
        while (rows.hasNext()) {
            if (rowIndex >= MAX_SHEET_ROWS) {
                throw new IllegalStateException("More rows than one Excel sheet holds: split the export");
            }
            T item = rows.next();
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(item);
                if (value != null) {
                    setValue(row.createCell(i), value);
                }
            }
        }
        return this;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** Writes a one-sheet workbook to {@code out} (not closed). */
    public static <T> void write(OutputStream out, String sheetName, List<ExportColumn<T>> columns,
                                 Iterable<? extends T> rows) {
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet(sheetName, columns, rows).writeTo(out);
        }
    }

    public static <T> void write(OutputStream out, String sheetName, List<ExportColumn<T>> columns,
                                 Stream<? extends T> rows) {
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet(sheetName, columns, rows).writeTo(out);
        }
    }

    /** A one-sheet workbook as bytes (for small files; stream large ones with {@link #write}). */
    public static <T> byte[] toBytes(String sheetName, List<ExportColumn<T>> columns, Iterable<? extends T> rows) {
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            return writer.sheet(sheetName, columns, rows).toBytes();
        }
    }

    private void setValue(Cell cell, Object value) {
        if (value instanceof CharSequence text) {
            String s = text.toString();
            cell.setCellValue(s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS) : s);
        } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long) {
            BigDecimal number = value instanceof BigDecimal d ? d
                    : value instanceof BigInteger i ? new BigDecimal(i) : BigDecimal.valueOf((Long) value);
            // Excel keeps 15 significant digits: longer numbers stay exact only as text.
            if (number.abs().compareTo(LARGEST_EXACT) > 0 && number.stripTrailingZeros().scale() <= 0) {
                cell.setCellValue(number.toPlainString());
            } else {
                cell.setCellValue(number.doubleValue());
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof ZonedDateTime zoned) {
            cell.setCellValue(zoned.withZoneSameInstant(zone).toLocalDateTime());
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof OffsetDateTime offset) {
            cell.setCellValue(offset.atZoneSameInstant(zone).toLocalDateTime());
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof Enum<?> e) {
            cell.setCellValue(e.name());
        } else {
            setValue(cell, value.toString());
        }
    }

    static CellStyle headerStyle(org.apache.poi.ss.usermodel.Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
