package io.casehall.account.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.shared.masking.Masking;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff console's registry page through HTTP: template, import with refusals, report, errors, access. */
class GraduateRegistryWebTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern REPORT_LINK = Pattern.compile("/staff/registry/imports/(\\d+)/report");

    @Autowired
    GraduateRegistryService registry;
    @Autowired
    JdbcTemplate jdbc;

    private final Masking mask = new Masking();

    @Test
    void templateIsAnXlsxWithTheRegistryHeadersAndInstructions() throws Exception {
        MvcResult result = mvc.perform(get("/staff/registry/template").with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("学号*", "姓名*", "证件号码*", "性别",
                    "院系", "专业", "学历", "学位类型", "入学时间", "毕业时间", "毕业证号", "学位证号", "档案在校保管");
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
    }

    @Test
    void importsTheGoodRowsRefusesTheBadOnesWithReasonsAndTheReportDownloads() throws Exception {
        String goodNo = UniqueData.studentNo();
        String passportNo = UniqueData.studentNo();
        String badChecksumNo = UniqueData.studentNo();
        String noNameNo = UniqueData.studentNo();
        String goodId = TestIdNumbers.next();
        byte[] file = registryFile(
                new String[] {goodNo, "张晓明", goodId, "男", "化工与环境生命学部", "化学工程与工艺", "本科", "工学学士",
                        "2016-09-01", "2020-06-30"},
                new String[] {passportNo, "Anna Müller", "C01X00T47", "女", "人文与社会科学学部", "汉语国际教育", "本科",
                        "文学学士", "2017-09-01", "2021-06-30"},
                new String[] {badChecksumNo, "李小红", brokenChecksum(TestIdNumbers.next()), "女"},
                new String[] {noNameNo, "", TestIdNumbers.next()},
                new String[] {goodNo, "张晓明", goodId, "男"});

        String page = importFile("毕业生2020.xlsx", file).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("共 5 行", "新增 2 行", "未导入 3 行")
                .contains("证件号码校验位不正确", "姓名不能为空", "与第 2 行重复（学号相同）");
        assertThat(page).as("最近导入 names the operator, not their login").contains("<td>王审核</td>")
                .doesNotContain("<td>reviewer</td>");
        assertThat(registry.findByStudentNo(goodNo)).hasValueSatisfying(record -> {
            assertThat(record.getFullName()).isEqualTo("张晓明");
            assertThat(record.getIdNumber()).isEqualTo(goodId);
            assertThat(record.getDepartment()).isEqualTo("化工与环境生命学部");
            assertThat(record.getGraduationDate()).hasToString("2020-06-30");
        });
        assertThat(registry.findByIdNumber(goodId)).map(GraduateRecord::getStudentNo).contains(goodNo);
        assertThat(registry.findByStudentNo(passportNo)).isPresent();
        assertThat(registry.findByStudentNo(badChecksumNo)).isEmpty();
        assertThat(registry.findByStudentNo(noNameNo)).isEmpty();

        long batchId = batchIdIn(page);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REGISTRY_IMPORTED' "
                + "and object_id = ?", Integer.class, String.valueOf(batchId))).isEqualTo(1);
        MvcResult report = mvc.perform(get("/staff/registry/imports/{id}/report", batchId).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            Sheet refused = workbook.getSheetAt(0);
            assertThat(texts(refused.getRow(0))).startsWith("原行号", "学号", "姓名", "证件号码")
                    .endsWith("导入结果", "原因");
            assertThat(refused.getLastRowNum()).isEqualTo(3);
            assertThat(texts(refused.getRow(1))).startsWith("4", badChecksumNo).contains("未导入")
                    .last().asString().contains("校验位不正确");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(5);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_READ' "
                + "and actor_id = 'reviewer'", Integer.class)).isPositive();
    }

    @Test
    void reimportingTheSameFileChangesNothingAndACorrectedRowUpdates() throws Exception {
        String studentNo = UniqueData.studentNo();
        String id = TestIdNumbers.next();
        byte[] file = registryFile(new String[] {studentNo, "周杰", id, "男", "建设工程学部", "土木工程"});
        importFile("a.xlsx", file).andExpect(status().isOk());

        String again = importFile("a.xlsx", file).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("新增 0 行", "无变化 1 行", "未导入 0 行");

        String corrected = importFile("b.xlsx", registryFile(new String[] {studentNo, "周杰伦", id, "男", "建设工程学部", "土木工程"}))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(corrected).contains("更新 1 行");
        assertThat(registry.findByStudentNo(studentNo)).map(GraduateRecord::getFullName).contains("周杰伦");
    }

    @Test
    void badFilesGetAClearMessageOnTheSamePageAndNeverA500() throws Exception {
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertRefused(new MockMultipartFile("file", "毕业生.xlsx", XLSX, executable), "内容与扩展名不符");
        assertRefused(new MockMultipartFile("file", "毕业生.csv", "text/csv", "学号,姓名\n".getBytes(StandardCharsets.UTF_8)),
                "不支持文件");
        assertRefused(new MockMultipartFile("file", "", XLSX, new byte[0]), "请选择要上传的文件");
        assertRefused(new MockMultipartFile("file", "坏.xlsx", XLSX,
                "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1)), "无法读取该 Excel 文件");
        byte[] valid = registryFile(new String[] {UniqueData.studentNo(), "张三", TestIdNumbers.next()});
        assertRefused(new MockMultipartFile("file", "截断.xlsx", XLSX, Arrays.copyOf(valid, valid.length - 200)),
                "无法读取该 Excel 文件");
        assertRefused(new MockMultipartFile("file", "表头.xlsx", XLSX, workbook(List.of(
                new String[] {"学号", "名字", "身份证"}, new String[] {"2016000001", "张三", "x"}))), "文件缺少必填列：姓名、证件号码");
        byte[] large = Arrays.copyOf(valid, 21 * 1024 * 1024);
        assertRefused(new MockMultipartFile("file", "大.xlsx", XLSX, large), "过大");

        // a request too large for the servlet container never reaches the controller: the shared error
        // handler sends the browser back to the form URL with the message as a flash attribute, and that URL
        // shows the page (MockMvc's flashAttr cannot reach the JDBC-backed session, so only the page is checked)
        mvc.perform(get("/staff/registry/import").with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("导入毕业生数据"));

        // and without any file part at all
        followRedirect(mvc.perform(multipart("/staff/registry/import").with(csrf()).with(reviewer())), reviewer())
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("请选择要上传的文件", "导入毕业生数据"));
    }

    @Test
    void staffOutsideTheReviewGroupAreRefused() throws Exception {
        RequestPostProcessor clerk = staff("clerk", "archiveClerk");
        mvc.perform(get("/staff/registry").with(clerk)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/registry/template").with(clerk)).andExpect(status().isForbidden());
        mvc.perform(multipart("/staff/registry/import")
                        .file(new MockMultipartFile("file", "a.xlsx", XLSX, registryFile(new String[] {"20160001", "张三", TestIdNumbers.next()})))
                        .with(csrf()).with(clerk))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/registry")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyTheImporterAndAdministratorsDownloadAReport() throws Exception {
        String page = importFile("c.xlsx", registryFile(new String[] {UniqueData.studentNo(), "吴敏", TestIdNumbers.next()}))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long batchId = batchIdIn(page);

        mvc.perform(get("/staff/registry/imports/{id}/report", batchId).with(staff("reviewer2", "realNameReview")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/registry/imports/{id}/report", batchId).with(admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/staff/registry/imports/{id}/report", 999_999_999L).with(reviewer()))
                .andExpect(status().isNotFound());
        String othersView = mvc.perform(get("/staff/registry").with(staff("reviewer2", "realNameReview")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(othersView).contains("c.xlsx").doesNotContain("/staff/registry/imports/" + batchId + "/report");
    }

    @Test
    void searchFindsAnImportedGraduateAndMasksTheIdNumber() throws Exception {
        String studentNo = UniqueData.studentNo();
        String id = TestIdNumbers.next();
        importFile("d.xlsx", registryFile(new String[] {studentNo, "郑秀文", id, "女", "经济管理学院", "会计学"}))
                .andExpect(status().isOk());

        for (String query : List.of(studentNo, "郑秀文", id.toLowerCase())) {
            String page = mvc.perform(get("/staff/registry").param("q", query).with(reviewer()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            // the full number appears nowhere but in the search box the reviewer typed it into
            String shown = page.replaceAll("<input type=\"text\" name=\"q\"[^>]*>", "");
            assertThat(shown).as(query).contains(studentNo, "郑秀文", mask.idNumber(id), "经济管理学院")
                    .doesNotContain(id);
        }
        String none = mvc.perform(get("/staff/registry").param("q", "不存在的人%_").with(reviewer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("没有找到记录");
    }

    @Test
    void aReviewerSignedInThroughTheLoginFormUsesThePage() throws Exception {
        MvcResult login = mvc.perform(post("/staff/login").param("username", "reviewer")
                        .param("password", "Review2026").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        var request = get("/staff/registry").param("lang", "en");
        if (session != null) {
            request.cookie(session);
        } else {
            request.session((org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false));
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Graduate registry", "Download the import template")
                .contains("action=\"/staff/registry/import\"").containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Uploads a registry file and follows the redirect to its result page (post/redirect/get). */
    private org.springframework.test.web.servlet.ResultActions importFile(String name, byte[] content) throws Exception {
        return followRedirect(mvc.perform(multipart("/staff/registry/import")
                .file(new MockMultipartFile("file", name, XLSX, content)).with(csrf()).with(reviewer())), reviewer());
    }

    private void assertRefused(MockMultipartFile file, String message) throws Exception {
        String page = followRedirect(mvc.perform(multipart("/staff/registry/import").file(file).with(csrf())
                        .with(reviewer())), reviewer())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as(file.getOriginalFilename()).contains(message).contains("导入毕业生数据");
    }

    private static long batchIdIn(String page) {
        Matcher m = REPORT_LINK.matcher(page);
        assertThat(m.find()).as("report link on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A registry workbook with the template's header and these rows (columns in template order). */
    private static byte[] registryFile(String[]... rows) throws Exception {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"学号", "姓名", "证件号码", "性别", "院系", "专业", "学历", "学位类型", "入学时间", "毕业时间"});
        all.addAll(Arrays.asList(rows));
        return workbook(all);
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("毕业生库");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String brokenChecksum(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static RequestPostProcessor reviewer() {
        return staff("reviewer", "realNameReview");
    }

    private static RequestPostProcessor staff(String userId, String group) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(group)), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_" + group)));
    }

    private static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "admin", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }
}
