package io.casehall.creditbank.learner;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

/**
 * The import at the size (10,000 learners of one achievement, ≤ 30 s: bulk look-ups and batched inserts)
 * and the list on those rows filtered by name prefix and by ID number (each well under 100 ms). The full benchmark
 * (100,000 rows) calls {@link LearnerAchievementQueries#page} the same way.
 */
class LearnerAchievementScaleTest extends IntegrationTest {

    static final int ROWS = 10_000;

    @Autowired
    TestInstitutions institutions;
    @Autowired
    LearnerTestSupport support;
    @Autowired
    LearnerImports imports;
    @Autowired
    LearnerAchievementQueries queries;

    @Test
    void tenThousandRowsImportInTimeAndTheListAnswersFast() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南规模测试职业学院");
        InstitutionPrincipal me = support.principal(a.adminLogin());
        Achievement achievement = support.achievement(a, "规模测试证书");
        List<String> ids = new ArrayList<>();
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("学员成果");
            Row header = sheet.createRow(0);
            List<String> headers = Arrays.asList("学员姓名", "身份证号", "个人成果编号", "颁证日期");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            String prefix = "S" + System.nanoTime() + "-";
            for (int r = 1; r <= ROWS; r++) {
                String id = LearnerTestSupport.idNumber();
                ids.add(id);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("规模" + (r % 500) + "号");
                row.createCell(1).setCellValue(id);
                row.createCell(2).setCellValue(prefix + r);
                row.createCell(3).setCellValue("2022-03-01");
            }
            workbook.write(out);
            workbook.dispose();
            file = out.toByteArray();
        }

        long started = System.nanoTime();
        ImportResult result = imports.importLearnerAchievements(me, achievement.getId(), "规模.xlsx", file);
        long millis = (System.nanoTime() - started) / 1_000_000L;
        long seconds = millis / 1000;
        assertThat(result.batch().getImportedRows()).isEqualTo(ROWS);
        assertThat(seconds).isLessThanOrEqualTo(30);

        long institution = a.institution().getId();
        assertThat(queries.count(institution, LearnerAchievementQueries.Filter.none())).isEqualTo(ROWS);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "规模" + (i % 50);
            long t = System.nanoTime();
            Page<LearnerAchievementQueries.Row> byName = queries.page(institution,
                    LearnerAchievementQueries.Filter.learnerName(name), 0, 10);
            times.add(System.nanoTime() - t);
            assertThat(byName.getContent()).isNotEmpty().allMatch(r -> r.learnerName().startsWith(name));
            t = System.nanoTime();
            Page<LearnerAchievementQueries.Row> byId = queries.page(institution,
                    LearnerAchievementQueries.Filter.idNumber(ids.get(i * 97).toLowerCase()), 0, 10);
            times.add(System.nanoTime() - t);
            assertThat(byId.getContent()).singleElement().matches(r -> r.achievementName().equals("规模测试证书"));
        }
        times.sort(Long::compare);
        long p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1_000_000L;
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Imported {} learner achievements in {} ms; list p95 {} ms",
                ROWS, millis, p95);
        assertThat(p95).isLessThanOrEqualTo(100);
        assertThat(queries.stream(institution, LearnerAchievementQueries.Filter.none(), List.of(), 1000).count())
                .isEqualTo(ROWS);
    }
}
