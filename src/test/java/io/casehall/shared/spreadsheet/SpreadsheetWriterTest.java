package io.casehall.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class SpreadsheetWriterTest {

    record Student(String studentNo, String name, int score, LocalDate graduated) {
    }

    private static final List<ExportColumn<Student>> COLUMNS = List.of(
            ExportColumn.of("学号", 14, Student::studentNo),
            ExportColumn.of("姓名", 10, Student::name),
            ExportColumn.of("成绩", Student::score),
            ExportColumn.of("毕业时间", 12, Student::graduated));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void streamsTwentyThousandRowsThatReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(out, "学生", COLUMNS, IntStream.range(0, 20_000)
                .mapToObj(i -> new Student(String.format("00%08d", i), "学生" + i, i % 100,
                        LocalDate.of(2020, 6, 30))));

        try (XSSFWorkbook workbook = Workbooks.open(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("学生");
            assertThat(sheet.getLastRowNum()).isEqualTo(20_000);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("学号");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(20_000).getCell(0).getStringCellValue()).isEqualTo("0000019999");
            assertThat(sheet.getRow(20_000).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3))).isTrue();
        }

        // and the import engine reads the same file row by row
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ImportDefinition<String> definition = ImportDefinition.<String>builder("students", "学生")
                .column(SheetColumn.required("studentNo", "学号"))
                .column(SheetColumn.optional("graduated", "毕业时间"))
                .parser((row, errors) -> row.text("studentNo")).build();
        List<SheetRow> rows = new SpreadsheetImporter(TestMessages.create()).readRows(definition, out.toByteArray());
        assertThat(rows).hasSize(20_000);
        assertThat(rows.get(0).text("studentNo")).isEqualTo("0000000000");
        assertThat(rows.get(0).text("graduated")).isEqualTo("2020-06-30");
        assertThat(rows.get(19_999).rowNumber()).isEqualTo(20_001);
    }

    @Test
    void writesEveryKindOfValue() throws Exception {
        record Mixed(Object value) {
        }
        byte[] bytes;
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            bytes = writer.sheet("值", List.of(ExportColumn.<Mixed>of("值", Mixed::value)), List.of(
                    new Mixed("文本"), new Mixed(110101199003074514L), new Mixed(42L), new Mixed(true),
                    new Mixed(Instant.parse("2026-01-01T00:00:00Z")), new Mixed(null), new Mixed(RowOutcome.REFUSED)))
                    .toBytes();
        }
        try (XSSFWorkbook workbook = Workbooks.open(bytes)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("文本");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("110101199003074514");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(42.0);
            assertThat(sheet.getRow(4).getCell(0).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getLocalDateTimeCellValue()).hasToString("2026-01-01T08:00");
            assertThat(sheet.getRow(6).getCell(0)).isNull();
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("REFUSED");
        }
    }
}
