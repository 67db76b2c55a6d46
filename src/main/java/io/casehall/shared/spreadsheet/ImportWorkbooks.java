package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the import workbooks users download: the fill-in template and the per-run report. */
final class ImportWorkbooks {

    private final Messages messages;

    ImportWorkbooks(Messages messages) {
        this.messages = messages;
    }

    /**
     * The file users fill in: a data sheet with the header row (bold, frozen, required columns marked with
     * a red *, every column formatted as text so numbers keep their digits, drop-downs for closed lists)
     * and a 填写说明 sheet explaining each column.
     */
    byte[] template(ImportDefinition<?> definition) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet data = workbook.createSheet(WorkbookUtil.createSafeSheetName(definition.sheetName()));
            CellStyle header = SpreadsheetWriter.headerStyle(workbook);
            XSSFFont red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row headerRow = data.createRow(0);
            List<SheetColumn> columns = definition.columns();
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                SheetColumn column = columns.get(i);
                XSSFCell cell = (XSSFCell) headerRow.createCell(i);
                XSSFRichTextString label = new XSSFRichTextString(column.header() + (column.required() ? "*" : ""));
                if (column.required()) {
                    label.applyFont(column.header().length(), column.header().length() + 1, red);
                }
                cell.setCellValue(label);
                cell.setCellStyle(header);
                data.setColumnWidth(i, Math.min(255, column.width()) * 256);
                data.setDefaultColumnStyle(i, text);
                if (!column.allowedValues().isEmpty()) {
                    DataValidation validation = validations.createValidation(
                            validations.createExplicitListConstraint(column.allowedValues().toArray(String[]::new)),
                            new CellRangeAddressList(1, Math.min(definition.maxRows(), 1_048_575), i, i));
                    validation.setShowErrorBox(true);
                    validation.setSuppressDropDownArrow(true);
                    data.addValidationData(validation);
                }
            }
            data.createFreezePane(0, 1);

            XSSFSheet help = workbook.createSheet(messages.get("spreadsheet.template.instructions"));
            Row helpHeader = help.createRow(0);
            String[] helpHeaders = {messages.get("spreadsheet.template.column"),
                    messages.get("spreadsheet.template.required"), messages.get("spreadsheet.template.format"),
                    messages.get("spreadsheet.template.example")};
            int[] widths = {18, 10, 60, 24};
            for (int i = 0; i < helpHeaders.length; i++) {
                helpHeader.createCell(i).setCellValue(helpHeaders[i]);
                helpHeader.getCell(i).setCellStyle(header);
                help.setColumnWidth(i, widths[i] * 256);
            }
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            int r = 1;
            for (SheetColumn column : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(messages.get(column.required()
                        ? "spreadsheet.template.yes" : "spreadsheet.template.no"));
                String hint = column.hint().isEmpty() ? "" : messages.get(column.hint());
                if (!column.allowedValues().isEmpty()) {
                    String choices = messages.get("spreadsheet.template.choices", String.join("/", column.allowedValues()));
                    hint = hint.isEmpty() ? choices : hint + " " + choices;
                }
                row.createCell(2).setCellValue(hint);
                row.getCell(2).setCellStyle(wrap);
                row.createCell(3).setCellValue(column.example().isEmpty() ? "" : messages.get(column.example()));
            }
            r++;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Row notesTitle = help.createRow(r++);
            notesTitle.createCell(0).setCellValue(messages.get("spreadsheet.template.notes"));
            notesTitle.getCell(0).setCellStyle(bold);
            for (String note : List.of(
                    messages.get("spreadsheet.template.note.header", definition.sheetName()),
                    messages.get("spreadsheet.template.note.required"),
                    messages.get("spreadsheet.template.note.text"),
                    messages.get("spreadsheet.template.note.dates"),
                    messages.get("spreadsheet.template.note.rows", String.valueOf(definition.maxRows())),
                    messages.get("spreadsheet.template.note.report"))) {
                help.createRow(r++).createCell(0).setCellValue(note);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The downloadable report: sheet 1 holds only the refused rows (原行号, the file's columns, 导入结果,
     * 原因) so a clerk can fix them and import that sheet as it is; sheet 2 holds every row with its result.
     */
    byte[] reportWorkbook(ImportReport report) {
        List<ExportColumn<ImportReport.ReportRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.of(messages.get("spreadsheet.report.rowNumber"), 8,
                row -> String.valueOf(row.rowNumber())));
        for (int i = 0; i < report.headers().size(); i++) {
            int index = i;
            columns.add(ExportColumn.of(report.headers().get(i), Math.max(12, report.headers().get(i).length() * 2 + 4),
                    row -> index < row.values().size() ? row.values().get(index) : ""));
        }
        columns.add(ExportColumn.of(messages.get("spreadsheet.report.outcome"), 10,
                row -> messages.get(row.outcome().messageKey())));
        columns.add(ExportColumn.of(messages.get("spreadsheet.report.reasons"), 60, ImportReport.ReportRow::reasonText));
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet(messages.get("spreadsheet.report.sheet.refused"), columns, report.refusedRows());
            writer.sheet(messages.get("spreadsheet.report.sheet.all"), columns, report.rows());
            return writer.toBytes();
        }
    }
}
