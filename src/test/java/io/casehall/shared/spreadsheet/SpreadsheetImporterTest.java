package io.casehall.shared.spreadsheet;

import static io.casehall.shared.spreadsheet.Workbooks.row;
import static io.casehall.shared.spreadsheet.Workbooks.sheet;
import static io.casehall.shared.spreadsheet.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.shared.web.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The engine on in-memory workbooks, with a clearance-style definition: results matched by student number,
 * 通过/未通过, unknown students and name mismatches refused by the sink.
 */
class SpreadsheetImporterTest {

    record Result(String studentNo, String name, String result, String remark) {
    }

    /** Knows two students; refuses unknown ones (a reason) and wrong names (an exception). */
    static final class ResultSink implements ImportSink<Result> {

        final Map<String, String> students = Map.of("2018001234", "张伟", "0012345678", "李娜");
        final List<Result> applied = new ArrayList<>();
        List<Result> prepared;
        boolean completed;

        @Override
        public void prepare(List<Result> rows) {
            prepared = rows;
        }

        @Override
        public RowOutcome apply(Result row, RowErrors errors) {
            String name = students.get(row.studentNo());
            if (name == null) {
                errors.add("test.unknownStudent");
                return null;
            }
            if (!name.equals(row.name())) {
                throw new UserFacingException("test.nameMismatch");
            }
            applied.add(row);
            return row.remark() == null ? RowOutcome.IMPORTED : RowOutcome.UPDATED;
        }

        @Override
        public void complete() {
            completed = true;
        }
    }

    static final ImportDefinition<Result> RESULTS = ImportDefinition.<Result>builder("clearance-results", "办理结果")
            .column(SheetColumn.required("studentNo", "学号").aliases("Student No.").hint("10 位学号").width(14))
            .column(SheetColumn.required("name", "姓名").hint("与学籍一致"))
            .column(SheetColumn.required("result", "办理结果").allowed("通过", "未通过"))
            .column(SheetColumn.optional("remark", "备注").width(30))
            .parser((row, errors) -> new Result(row.required("studentNo", errors), row.required("name", errors),
                    row.required("result", errors).isEmpty() ? null : row.oneOf("result", errors),
                    row.textOrNull("remark")))
            .uniqueBy("studentNo")
            .build();

    private final SpreadsheetImporter importer = new SpreadsheetImporter(TestMessages.create());

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void findsTheHeaderBelowATitleRowAndAcceptsAliasesAndMarkers() {
        byte[] file = sheet(
                new Object[] {"2020届研究生离校 图书馆 办理结果"},
                null,
                new Object[] {"序号", " Student No. ", "姓名*", "办理结果 *"},
                new Object[] {"1", "2018001234", "张伟", "通过"});
        ResultSink sink = new ResultSink();

        ImportReport report = importer.importWorkbook(RESULTS, file, sink);

        assertThat(report.totalRows()).isEqualTo(1);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.headers()).containsExactly("学号", "姓名", "办理结果");
        assertThat(report.rows().get(0).rowNumber()).isEqualTo(4);
        assertThat(sink.applied).containsExactly(new Result("2018001234", "张伟", "通过", null));
        assertThat(sink.completed).isTrue();
    }

    @Test
    void refusesAFileWithoutARequiredHeaderNamingTheMissingColumns() {
        byte[] file = sheet(new Object[] {"学号", "备注"}, new Object[] {"2018001234", "x"});

        assertThatThrownBy(() -> importer.importWorkbook(RESULTS, file, new ResultSink()))
                .isInstanceOf(SpreadsheetRejectedException.class)
                .satisfies(e -> {
                    UserFacingException refusal = (UserFacingException) e;
                    assertThat(refusal.messageKey()).isEqualTo("spreadsheet.missingHeaders");
                    String text = TestMessages.create().get(refusal);
                    assertThat(text).contains("姓名、办理结果").doesNotContain("学号");
                });
    }

    @Test
    void numbersAndDatesReadAsTheUserMeansThem() {
        byte[] file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("数据");
            row(sheet, 0, "学号", "姓名", "办理结果", "备注");
            row(sheet, 1, 2018001234, "张伟", "通过", 201800123456789L);
            // zero-padded number format keeps the leading zeros
            Row padded = row(sheet, 2, 12345678, "李娜", "通过", LocalDate.of(2020, 6, 30));
            CellStyle zeros = workbook.createCellStyle();
            zeros.setDataFormat(workbook.createDataFormat().getFormat("0000000000"));
            padded.getCell(0).setCellStyle(zeros);
            // text with leading zeros stays as it is; a formula gives its cached value
            Row text = row(sheet, 3, "0012345678", "李娜", "未通过", 3.5);
            text.createCell(4).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<SheetRow> rows = importer.readRows(RESULTS, file);

        assertThat(rows).extracting(r -> r.text("studentNo")).containsExactly("2018001234", "0012345678", "0012345678");
        assertThat(rows.get(0).text("remark")).isEqualTo("201800123456789");
        assertThat(rows.get(1).text("remark")).isEqualTo("2020-06-30");
        assertThat(rows.get(2).text("remark")).isEqualTo("3.5");
    }

    @Test
    void refusesANumberThatExcelAlreadyCutTo15Digits() {
        byte[] file = sheet(new Object[] {"学号", "姓名", "办理结果", "备注"},
                new Object[] {"2018001234", "张伟", "通过", 110101199003074514.0});

        ImportReport report = importer.importWorkbook(RESULTS, file, new ResultSink());

        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.refusedRows().get(0).reasonText()).contains("备注在 Excel 中被存成了数字");
    }

    @Test
    void ignoresEmptyRowsButKeepsExcelRowNumbers() {
        byte[] file = sheet(
                new Object[] {"学号", "姓名", "办理结果"},
                new Object[] {"2018001234", "张伟", "通过"},
                new Object[] {"  ", "\u3000", ""},
                null,
                new Object[] {null, null, null, "only an unknown column"},
                new Object[] {"0012345678", "李娜", "未通过"});

        ImportReport report = importer.importWorkbook(RESULTS, file, new ResultSink());

        assertThat(report.totalRows()).isEqualTo(2);
        assertThat(report.rows()).extracting(ImportReport.ReportRow::rowNumber).containsExactly(2, 6);
        assertThat(report.imported()).isEqualTo(2);
    }

    @Test
    void refusesDuplicateRowsNamingTheFirstOccurrence() {
        byte[] file = sheet(
                new Object[] {"学号", "姓名", "办理结果"},
                new Object[] {"2018001234", "张伟", "通过"},
                new Object[] {"0012345678", "李娜", "通过"},
                new Object[] {" 2018001234 ", "张伟", "未通过"});
        ResultSink sink = new ResultSink();

        ImportReport report = importer.importWorkbook(RESULTS, file, sink);

        assertThat(report.refusedRows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.reasons()).containsExactly("与第 2 行重复（学号相同），本行未导入");
            assertThat(row.values()).containsExactly("2018001234", "张伟", "未通过");
        });
        assertThat(sink.applied).hasSize(2);
    }

    @Test
    void parserAndSinkRefusalsCarryAllReasonsAndNothingElseIsApplied() {
        byte[] file = sheet(
                new Object[] {"学号", "姓名", "办理结果", "备注"},
                new Object[] {"", "", "已通过"},
                new Object[] {"2099000000", "赵六", "通过"},
                new Object[] {"2018001234", "张三", "通过"},
                new Object[] {"0012345678", "李娜", "通过", "补交材料"});
        ResultSink sink = new ResultSink();

        ImportReport report = importer.importWorkbook(RESULTS, file, sink);

        assertThat(report.totalRows()).isEqualTo(4);
        assertThat(report.refused()).isEqualTo(3);
        assertThat(report.count(RowOutcome.UPDATED)).isEqualTo(1);
        assertThat(report.rows().get(0).reasons()).containsExactly("学号不能为空", "姓名不能为空",
                "办理结果“已通过”不正确，只能填写 通过/未通过");
        assertThat(report.rows().get(1).reasons()).containsExactly("test.unknownStudent");
        assertThat(report.rows().get(2).reasons()).containsExactly("test.nameMismatch");
        assertThat(sink.prepared).hasSize(3);
        assertThat(sink.applied).extracting(Result::studentNo).containsExactly("0012345678");
    }

    @Test
    void reasonsFollowTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        byte[] file = sheet(new Object[] {"学号", "姓名", "办理结果"}, new Object[] {"2018001234", "", "通过"});

        ImportReport report = importer.importWorkbook(RESULTS, file, new ResultSink());

        assertThat(report.refusedRows().get(0).reasons()).containsExactly("姓名 must not be empty");
    }

    @Test
    void refusesTooManyRowsEmptyFilesAndFilesThatAreNotWorkbooks() {
        ImportDefinition<Result> small = ImportDefinition.<Result>builder("t", "t")
                .column(SheetColumn.required("studentNo", "学号"))
                .parser((row, errors) -> new Result(row.text("studentNo"), null, null, null))
                .maxRows(3).build();
        byte[] fourRows = sheet(new Object[] {"学号"}, new Object[] {"1"}, new Object[] {"2"}, new Object[] {"3"},
                new Object[] {"4"});
        assertThatThrownBy(() -> importer.readRows(small, fourRows))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(TestMessages.create().get(e)).contains("超过 3 行"));

        byte[] headerOnly = sheet(new Object[] {"学号", "姓名", "办理结果"});
        assertThatThrownBy(() -> importer.readRows(RESULTS, headerOnly))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.noRows"));

        byte[] corrupt = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.readRows(RESULTS, corrupt))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.unreadable"));
        byte[] truncated = java.util.Arrays.copyOf(fourRows, fourRows.length / 2);
        assertThatThrownBy(() -> importer.readRows(RESULTS, truncated))
                .isInstanceOf(SpreadsheetRejectedException.class);
    }

    @Test
    void skipsAnInstructionSheetAndReadsTheSheetThatHasTheHeader() {
        byte[] file = xlsx(workbook -> {
            Sheet help = workbook.createSheet("填写说明");
            row(help, 0, "学号", "姓名", "办理结果");
            row(help, 1, "x", "y", "通过");
            Sheet cover = workbook.createSheet("封面");
            row(cover, 0, "本文件由教务处提供");
            Sheet data = workbook.createSheet("数据");
            row(data, 0, "学号", "姓名", "办理结果");
            row(data, 1, "2018001234", "张伟", "通过");
        });

        assertThat(importer.readRows(RESULTS, file)).singleElement()
                .satisfies(r -> assertThat(r.text("studentNo")).isEqualTo("2018001234"));
    }

    @Test
    void reportListsRefusedRowsFirstSheetAndEveryRowOnTheSecondAndCanBeImportedAgain() {
        byte[] file = sheet(
                new Object[] {"学号", "姓名", "办理结果"},
                new Object[] {"2018001234", "张伟", "通过"},
                new Object[] {"0012345678", "李四", "通过"});
        ImportReport report = importer.importWorkbook(RESULTS, file, new ResultSink());

        byte[] xlsx = importer.reportWorkbook(report);

        try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
            XSSFSheet refused = workbook.getSheetAt(0);
            assertThat(refused.getSheetName()).isEqualTo("未导入的行");
            assertThat(texts(refused.getRow(0))).containsExactly("原行号", "学号", "姓名", "办理结果", "导入结果", "原因");
            assertThat(texts(refused.getRow(1))).containsExactly("3", "0012345678", "李四", "通过", "未导入", "test.nameMismatch");
            assertThat(refused.getLastRowNum()).isEqualTo(1);
            assertThat(refused.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet all = workbook.getSheetAt(1);
            assertThat(all.getSheetName()).isEqualTo("全部行");
            assertThat(texts(all.getRow(1))).containsExactly("2", "2018001234", "张伟", "通过", "已导入", "");
            assertThat(all.getLastRowNum()).isEqualTo(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the clerk corrects the name in the report and imports it as it is
        List<SheetRow> again = importer.readRows(RESULTS, xlsx);
        assertThat(again).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.text("studentNo")).isEqualTo("0012345678");
        });
    }

    @Test
    void templateHasABoldFrozenHeaderTextColumnsDropDownsAndInstructions() throws Exception {
        byte[] xlsx = importer.template(RESULTS);

        try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("办理结果");
            assertThat(texts(data.getRow(0))).containsExactly("学号*", "姓名*", "办理结果*", "备注");
            XSSFCell first = data.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(data.getColumnWidth(3)).isEqualTo(30 * 256);
            assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(data.getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("通过", "未通过"));

            XSSFSheet help = workbook.getSheet("填写说明");
            assertThat(help).isNotNull();
            assertThat(texts(help.getRow(0))).containsExactly("列名", "是否必填", "填写要求", "示例");
            assertThat(texts(help.getRow(1))).startsWith("学号", "必填", "10 位学号");
            assertThat(texts(help.getRow(3))).startsWith("办理结果", "必填", "可选值：通过/未通过。");
            assertThat(texts(help.getRow(4))).startsWith("备注", "选填");
        }
        // the untouched template is recognised (header found) but has no rows yet
        assertThatThrownBy(() -> importer.readRows(RESULTS, xlsx))
                .isInstanceOfSatisfying(SpreadsheetRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.noRows"));
    }

    @Test
    void aFilledInTemplateImports() {
        byte[] template = importer.template(RESULTS);
        byte[] filled;
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("0012345678");
            row.createCell(1).setCellValue("李娜");
            row.createCell(2).setCellValue("通过");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(importer.importWorkbook(RESULTS, filled, new ResultSink()).imported()).isEqualTo(1);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}
