package io.casehall.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks in memory, the way users' files look. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet whose rows are given top-down; null leaves a row or cell empty. */
    static byte[] sheet(Object[]... rows) {
        return xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] != null) {
                    row(sheet, r, rows[r]);
                }
            }
        });
    }

    /** Strings become text cells, numbers numeric cells (General), dates date-formatted numeric cells. */
    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                CellStyle style = sheet.getWorkbook().createCellStyle();
                style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
                cell.setCellStyle(style);
            } else {
                throw new IllegalArgumentException(value.getClass().getName());
            }
        }
        return row;
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
