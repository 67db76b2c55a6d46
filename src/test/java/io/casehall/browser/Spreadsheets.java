package io.casehall.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files as users fill them in: an import template downloaded from the application, filled row by row. */
final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * The template (first sheet, headers in the first row such as "学号*") with these rows filled in below its
     * header, each row given by header (without the "*" of required columns); cells are text, as the templates'
     * columns are. Fails when a row names a column the template does not have.
     */
    static byte[] fillTemplate(byte[] template, List<Map<String, String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = headers(sheet.getRow(0));
            int r = 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                r++;
                values.forEach((header, value) -> {
                    int column = headers.indexOf(header);
                    if (column < 0) {
                        throw new IllegalArgumentException("the template has no column " + header + ": " + headers);
                    }
                    if (value != null) {
                        Cell cell = row.createCell(column);
                        cell.setCellValue(value);
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers of the template's first sheet, without the "*" of required columns. */
    static List<String> headers(byte[] workbookBytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            return headers(workbook.getSheetAt(0).getRow(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the file as a person would before uploading it: under this name, in a temporary folder. */
    static Path save(String fileName, byte[] content) {
        try {
            Path file = Files.createTempDirectory("casehall-xlsx-").resolve(fileName);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> headers = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            headers.add(cell == null ? "" : formatter.formatCellValue(cell).replace("*", "").strip());
        }
        return headers;
    }
}
