package io.casehall.qualification.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casehall.support.Programs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.FileSystemUtils;

/** The college's report opens as a Word document with its title, addressee, counts, table and signature lines. */
class CollegeReportDocumentTest {

    static CollegeReportDocument generator() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/qualification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CollegeReportDocument(messages);
    }

    static CollegeReport report(List<ReportLine> lines) {
        StatusCounts totals = lines.stream().map(ReportLine::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
        return new CollegeReport(2023, "经济管理学院", LocalDate.of(2022, 10, 6), LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 10, 12), LocalDate.of(2022, 10, 17), totals, new RequestCounts(2, 5, 1, 0),
                new RosterCounts(1, 2, 0), lines, LocalDate.of(2022, 10, 17));
    }

    @Test
    void theReportHasTitleAddresseeCountsTableAndSignatureLines() throws IOException {
        CollegeReport report = report(List.of(
                new ReportLine("本科", "工商管理", new StatusCounts(1000, 900, 40, 10, 3, 47)),
                new ReportLine("本科", "会计学", new StatusCounts(20, 15, 2, 1, 0, 2)),
                new ReportLine("硕士研究生", "企业管理", new StatusCounts(5, 5, 0, 0, 0, 0))));

        byte[] docx = generator().write(report);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("关于2023届毕业生资格审查材料的报告");
            assertThat(paragraphs.get(1)).isEqualTo("招生就业处：");
            String body = String.join("\n", paragraphs);
            assertThat(body)
                    .contains("经济管理学院组织2023届毕业生于2022年10月6日至2022年10月12日核验并提交了生源信息")
                    .contains("学院2023届毕业生共1025人，其中确认信息无误920人，申请修改并经学院审核通过42人，"
                            + "修改申请尚待审核11人，修改未获通过或逾期未审核3人，未提交核验49人")
                    .contains("申请8件，审核通过5件，审核不通过1件，待审核2件")
                    .contains("增加生源1人，减少生源2人")
                    .contains("学院（盖章）：", "负责人签字：", "日期：", "特此报告。");

            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            assertThat(cells(table.getRow(0))).containsExactly("学历层次", "专业", "毕业生人数", "已确认", "已修改",
                    "待审核", "修改未通过", "未提交");
            assertThat(cells(table.getRow(1))).containsExactly("本科", "工商管理", "1000", "900", "40", "10", "3", "47");
            assertThat(cells(table.getRow(3))).containsExactly("本科", "小计", "1020", "915", "42", "11", "3", "49");
            assertThat(cells(table.getRow(5))).containsExactly("硕士研究生", "小计", "5", "5", "0", "0", "0", "0");
            assertThat(cells(table.getRow(table.getNumberOfRows() - 1)))
                    .containsExactly("合计", "", "1025", "920", "42", "11", "3", "49");
            assertThat(table.getNumberOfRows()).isEqualTo(7);
        }
    }

    @Test
    void oneEducationLevelNeedsNoSubtotalAndAnEmptyCollegeStillHasATotal() throws IOException {
        CollegeReport one = report(List.of(new ReportLine("本科", "法学", new StatusCounts(3, 1, 1, 0, 0, 1))));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(generator().write(one)))) {
            assertThat(document.getTables().get(0).getNumberOfRows()).isEqualTo(3);
        }
        CollegeReport empty = report(List.of());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(generator().write(empty)))) {
            XWPFTable table = document.getTables().get(0);
            assertThat(cells(table.getRow(1))).containsExactly("合计", "", "0", "0", "0", "0", "0", "0");
        }
    }

    /**
     * The college edits and signs the report in the office suite it has: LibreOffice must open it. Where LibreOffice
     * and poppler are installed (CI installs them), the report is converted to PDF and its text read back.
     */
    @Test
    void libreOfficeOpensTheReportWithItsTextAndTable() throws Exception {
        Optional<Path> soffice = Programs.onPath("soffice");
        Optional<Path> pdftotext = Programs.onPath("pdftotext");
        assumeTrue(soffice.isPresent() && pdftotext.isPresent(), "LibreOffice or pdftotext is not installed");
        CollegeReport report = report(List.of(new ReportLine("本科", "工商管理", new StatusCounts(1000, 900, 40, 10, 3, 47))));
        Path folder = Files.createTempDirectory("college-report");
        try {
            Path docx = Files.write(folder.resolve("report.docx"), generator().write(report));
            // A profile of its own: a user's running LibreOffice or a parallel test would otherwise hold the lock.
            Programs.Result converted = Programs.run(soffice.get(), "-env:UserInstallation=" + folder.resolve("profile")
                    .toUri(), "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString());
            Path pdf = folder.resolve("report.pdf");
            assertThat(pdf).as(converted.output()).exists();
            Programs.Result text = Programs.run(pdftotext.get(), "-layout", pdf.toString(), "-");
            if (System.getProperty("report.sample") != null) {
                Files.copy(pdf, Path.of(System.getProperty("report.sample")), StandardCopyOption.REPLACE_EXISTING);
            }
            // pdftotext spaces out CJK text set on a grid; the words are compared without spaces.
            assertThat(text.output().replaceAll("[ \\t]+", ""))
                    .contains("关于2023届毕业生资格审查材料的报告", "招生就业处：", "特此报告。", "学院（盖章）：")
                    // A column's header and a major's name stay on one line (fixed widths, not shared out equally).
                    .contains("学历层次专业", "已确认已修改待审核")
                    .contains("本科工商管理10009004010347", "合计10009004010347");
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void theFileNameNamesTheYearAndTheCollege() {
        assertThat(generator().fileName(report(List.of())))
                .isEqualTo("关于2023届毕业生资格审查材料的报告（经济管理学院）.docx");
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).collect(Collectors.toList());
    }
}
