package io.casehall.qualification.campaign;

import static io.casehall.qualification.campaign.QualificationCampaignWebTest.office;
import static io.casehall.qualification.campaign.QualificationCampaignWebTest.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.qualification.QualificationTestData;
import io.casehall.shared.audit.AuditEvent;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.staff.StaffRoles;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The closing report's full lists as Excel files: the page cuts a list at {@link ClosingReport#SHOWN} rows and
 * links to the download, which holds every row (phones masked), is the office's alone and is in the audit log.
 */
class ClosingExportWebTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DataFormatter CELLS = new DataFormatter();

    @Autowired QualificationTestData data;
    @Autowired QualificationGraduateRepository graduates;
    @Autowired ChangeRequestRepository requests;
    @Autowired AuditEventRepository audit;
    @Autowired TestApplicants applicants;
    @Autowired ClosingExport export;
    @Autowired Clock clock;

    @Test
    void theFullListOfGraduatesWhoDidNotSubmitIsDownloadedBeyondThePageCut() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        int silent = ClosingReport.SHOWN + 15;
        List<QualificationGraduate> notSubmitted = new ArrayList<>();
        IntStream.range(0, silent).forEach(i -> notSubmitted.add(
                data.graduate(campaign.getId(), collegeOf(i), "未交" + i)));
        QualificationGraduate done = data.graduate(campaign.getId(), "文学院", "已交");
        done.confirm(clock.instant());
        graduates.save(done);
        String base = "/staff/qualification/campaigns/" + campaign.getId();
        String download = base + "/closing/not-submitted";

        mvc.perform(get(download).with(office())).andExpect(status().isNotFound());
        closeWindow(base, "graduate");

        String page = html(base, office());
        assertThat(page).contains("未提交的毕业生（" + silent + " 人）",
                "只列出前 " + ClosingReport.SHOWN + " 条，共 " + silent + " 条，完整名单请下载 Excel 表",
                "href=\"" + download + "\"", "下载未提交毕业生的完整名单（Excel）");

        byte[] xlsx = mvc.perform(get(download).with(office())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        QualificationGraduate last = notSubmitted.get(silent - 1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("未提交的毕业生");
            assertThat(cells(sheet.getRow(0))).containsExactly("学院", "学号", "姓名", "学历", "专业", "联系电话");
            assertThat(sheet.getLastRowNum()).isEqualTo(silent);
            List<String> row = rowOf(sheet, last.getStudentNo());
            String phone = last.getPhone();
            assertThat(row).containsExactly(collegeOf(silent - 1), last.getStudentNo(), "未交" + (silent - 1), "本科生毕业", "汉语言文学",
                    phone.substring(0, 3) + "****" + phone.substring(7));
            assertThat(studentNumbers(sheet)).doesNotContain(done.getStudentNo())
                    .containsAll(notSubmitted.stream().map(QualificationGraduate::getStudentNo).toList());
        }

        // Read in small pages, the keyset (college, student number, id) gives the same rows in the same order.
        List<String> onePage = export.rows(campaign.getId(), ClosingExport.ClosingList.NOT_SUBMITTED)
                .map(ClosingExport.Row::studentNo).toList();
        assertThat(onePage).hasSize(silent);
        assertThat(export.rows(campaign.getId(), ClosingExport.ClosingList.NOT_SUBMITTED, 7)
                .map(ClosingExport.Row::studentNo).toList()).isEqualTo(onePage);

        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("qualification-campaign", campaign.getId().toString()))
                .filteredOn(e -> e.getAction().equals("QUALIFICATION_NOT_SUBMITTED_EXPORTED"))
                .singleElement().extracting(AuditEvent::getActorId).isEqualTo("office-test");
    }

    @Test
    void theExpiredChangeRequestsAreDownloadedWithTheFieldsAskedOnceTheCollegeWindowCloses() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        QualificationGraduate graduate = data.graduate(campaign.getId(), "化学学院", "逾期");
        Instant submitted = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        requests.save(new ChangeRequest(graduate, List.of(
                new ChangeItem(QualificationField.NAME, "逾期", "逾期新", "逾期", "逾期新"),
                new ChangeItem(QualificationField.ETHNICITY, "01", "03", "汉族", "满族")), null, null, submitted));
        graduates.save(graduate);
        String base = "/staff/qualification/campaigns/" + campaign.getId();
        String download = base + "/closing/expired";

        closeWindow(base, "graduate");
        mvc.perform(get(download).with(office())).andExpect(status().isNotFound());
        closeWindow(base, "college");

        assertThat(html(base, office())).contains("逾期未审核的修改申请（1 件）", "href=\"" + download + "\"")
                .doesNotContain("只列出前");
        byte[] xlsx = mvc.perform(get(download).with(staff("admin-test", StaffRoles.ADMINISTRATORS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("学院", "学号", "姓名", "学历", "专业", "联系电话",
                    "申请修改的项目", "申请提交时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> row = cells(sheet.getRow(1));
            assertThat(row.subList(0, 3)).containsExactly("化学学院", graduate.getStudentNo(), "逾期");
            assertThat(row.get(5)).doesNotContain(graduate.getPhone()).contains("****");
            assertThat(row.get(6)).isEqualTo("姓名、民族");
            assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(submitted, clock.getZone()));
        }
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("qualification-campaign", campaign.getId().toString()))
                .extracting(AuditEvent::getAction).contains("QUALIFICATION_EXPIRED_REQUESTS_EXPORTED");
    }

    @Test
    void collegeReviewersAndGraduatesGetNoList() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        data.graduate(campaign.getId(), "化学学院", "名单");
        String base = "/staff/qualification/campaigns/" + campaign.getId();
        closeWindow(base, "graduate");
        String download = base + "/closing/not-submitted";

        mvc.perform(get(download).with(staff("chem-reviewer-test", data.collegeReviewerGroups("化学学院"))))
                .andExpect(status().isForbidden());
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("名单", false);
        mvc.perform(get(download).with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        applicant, null, AuthorityUtils.createAuthorityList("ROLE_APPLICANT")))))
                .andExpect(status().isForbidden());
        mvc.perform(get(download)).andExpect(redirectedUrlPattern("**/staff/login"));
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("qualification-campaign", campaign.getId().toString()))
                .extracting(AuditEvent::getAction).doesNotContain("QUALIFICATION_NOT_SUBMITTED_EXPORTED");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String collegeOf(int i) {
        return i % 2 == 0 ? "文学院" : "化学学院";
    }

    private void closeWindow(String base, String window) throws Exception {
        mvc.perform(post(base + "/windows/" + window).param("close", "yes").param("confirm", "yes")
                .with(csrf()).with(office())).andExpect(status().is3xxRedirection());
        runJobs();
    }

    private String html(String url, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(url).with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(CELLS.formatCellValue(cell)));
        return cells;
    }

    private static List<String> rowOf(Sheet sheet, String studentNo) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && studentNo.equals(CELLS.formatCellValue(row.getCell(1)))) {
                return cells(row);
            }
        }
        throw new AssertionError("no row for " + studentNo);
    }

    private static List<String> studentNumbers(Sheet sheet) {
        List<String> numbers = new ArrayList<>();
        sheet.forEach(row -> numbers.add(CELLS.formatCellValue(row.getCell(1))));
        return numbers.subList(1, numbers.size());
    }
}
