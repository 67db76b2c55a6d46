package io.casehall.creditbank.school;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.School;
import io.casehall.creditbank.SchoolRepository;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import io.casehall.support.UniqueData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The credit bank's school list in the staff console over real HTTP: template, import (a listed school code updates
 * its row, a bad row is refused with its reason), the list per department, the import log; administrators only;
 * the registration page's school list reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class SchoolImportWebTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PAGE = "/staff/admin/creditbank/schools";

    @LocalServerPort
    int port;

    @Autowired
    SchoolImports imports;

    @Autowired
    SchoolRepository schools;

    @Test
    void anAdministratorImportsTheSchoolListAndABadRowIsRefused() throws IOException {
        String department = "6" + UniqueData.schoolCode().substring(5);
        String listed = UniqueData.schoolCode();
        schools.save(new School(department, "旧名称教育厅", listed, "旧校名", "中职"));
        String added = UniqueData.schoolCode();
        byte[] file = workbook(
                new String[]{department, "测试省教育厅", listed, "更新后的学院", "高职（专科）"},
                new String[]{department, "测试省教育厅", added, "新增职业学院", "本科"},
                new String[]{department, "测试省教育厅", "12345", "代码不对的学院", "本科"});

        Browser admin = new Browser(port);
        admin.staffLogin("admin", "Console2026");
        HttpResponse<String> page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("学分银行学校名单", "下载导入模板");
        assertThat(admin.get(PAGE + "/template").statusCode()).isEqualTo(200);

        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> uploaded = admin.postMultipart(PAGE + "/import", token.group(1), "file", "schools.xlsx",
                file, "http://localhost:" + port + PAGE);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(PAGE + "/imports/");
        String result = admin.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).body();
        assertThat(result).contains("新增 1 行", "更新 1 行", "未导入 1 行", "12345", "应为10位数字");

        assertThat(schools.findBySchoolCode(listed).orElseThrow().getSchoolName()).isEqualTo("更新后的学院");
        assertThat(schools.findBySchoolCode(added).orElseThrow().getSchoolType()).isEqualTo("本科");
        assertThat(schools.findBySchoolCode("12345")).isEmpty();
        assertThat(admin.get(PAGE + "?department=" + department).body()).contains("更新后的学院", "新增职业学院");
        assertThat(admin.get(PAGE).body()).contains("schools.xlsx");

        // The registration page's list reads it; the console is for administrators only.
        assertThat(new Browser(port).get("/institution/schools?department=" + department).body())
                .contains(added, "新增职业学院");
        Browser clerk = new Browser(port);
        clerk.staffLogin("clerk", "Counter2026");
        assertThat(clerk.get(PAGE).statusCode()).isEqualTo(403);
    }

    private byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(imports.template()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("学校名单");
            int next = sheet.getLastRowNum() + 1;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).toString().startsWith("省级教育部门代码")) {
                    next = r + 1;
                    break;
                }
            }
            for (String[] values : rows) {
                Row row = sheet.getRow(next) == null ? sheet.createRow(next) : sheet.getRow(next);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
                next++;
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
