package io.casehall.qualification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.qualification.CampaignWindowClosed;
import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.qualification.QualificationService;
import io.casehall.qualification.QualificationTestData;
import io.casehall.shared.audit.AuditEvent;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The employment office's console through HTTP: who may use it, creating a campaign (and bad input coming back
 * with its messages and what was typed), importing graduates with per-row refusals and the report, extending a
 * window (the timer follows), closing windows early and the closing report.
 */
@RecordApplicationEvents
class QualificationCampaignWebTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CAMPAIGN_URL = Pattern.compile("/staff/qualification/campaigns/(\\d+)");
    private static final Pattern REPORT_LINK = Pattern.compile("/staff/qualification/imports/(\\d+)/report");

    @Autowired QualificationTestData data;
    @Autowired QualificationService qualification;
    @Autowired QualificationCampaignRepository campaigns;
    @Autowired QualificationGraduateRepository graduates;
    @Autowired ChangeRequestRepository requests;
    @Autowired AuditEventRepository audit;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    static RequestPostProcessor staff(String userId, String... groups) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF"));
        Arrays.stream(groups).forEach(g -> authorities.add("GROUP_" + g));
        if (Arrays.asList(groups).contains(StaffRoles.ADMINISTRATORS)) {
            authorities.add("ROLE_ADMIN");
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(groups)), null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }

    static RequestPostProcessor office() {
        return staff("office-test", StaffRoles.EMPLOYMENT_OFFICE);
    }

    @Test
    void onlyTheEmploymentOfficeAndAdministratorsReachTheConsole() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        String page = "/staff/qualification/campaigns/" + campaign.getId();
        for (RequestPostProcessor other : List.of(staff("reviewer-test", StaffRoles.DATA_CHANGE_APPROVAL),
                staff("auditor-test", StaffRoles.DEPOSIT_AUDIT))) {
            mvc.perform(get("/staff/qualification").with(other)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(other)).andExpect(status().isForbidden());
            mvc.perform(post(page + "/windows/graduate").param("close", "yes").param("confirm", "yes")
                    .with(csrf()).with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/staff/qualification")).andExpect(status().is3xxRedirection());
        assertThat(qualification.isGraduateWindowOpen(campaign.getId())).isTrue();

        assertThat(html(mvc.perform(get("/staff/qualification").with(office())).andExpect(status().isOk()).andReturn()))
                .contains(campaign.getTitle(), "新建资格审查", "毕业生核验中");
        assertThat(html(mvc.perform(get(page).with(staff("admin-test", StaffRoles.ADMINISTRATORS)))
                .andExpect(status().isOk()).andReturn())).contains(campaign.getTitle(), "导入毕业生生源信息");
        assertThat(html(mvc.perform(get("/staff").with(office())).andExpect(status().isOk()).andReturn()))
                .contains("href=\"/staff/qualification\"");
        mvc.perform(get("/staff/qualification/campaigns/999999999").with(office())).andExpect(status().isNotFound());
    }

    @Test
    void theOfficeCreatesACampaignWhoseProcessWaitsForTheGraduateWindowEnd() throws Exception {
        int year = freeYear();
        Instant now = clock.instant();
        MvcResult created = mvc.perform(post("/staff/qualification/campaigns").with(csrf()).with(office())
                        .param("graduationYear", String.valueOf(year)).param("title", "")
                        .param("graduateStart", input(now.minus(Duration.ofHours(1))))
                        .param("graduateEnd", input(now.plus(Duration.ofDays(6))))
                        .param("collegeStart", input(now.plus(Duration.ofDays(6))))
                        .param("collegeEnd", input(now.plus(Duration.ofDays(11)))))
                .andExpect(redirectedUrlPattern("/staff/qualification/campaigns/*")).andReturn();
        Matcher id = CAMPAIGN_URL.matcher(created.getResponse().getRedirectedUrl());
        assertThat(id.find()).isTrue();
        QualificationCampaign campaign = campaigns.findById(Long.valueOf(id.group(1))).orElseThrow();
        assertThat(campaign.getTitle()).isEqualTo(year + "届毕业生资格审查");
        assertThat(campaign.getProcessInstanceId()).isNotNull();
        Job timer = timer(campaign, QualificationReviewProcess.TIMER_GRADUATE_WINDOW_END);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(campaign.getGraduateWindowEnd()));
        assertThat(qualification.isGraduateWindowOpen(campaign.getId())).isTrue();
        assertThat(qualification.isCollegeWindowOpen(campaign.getId())).isFalse();
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("qualification-campaign", campaign.getId().toString()))
                .extracting(AuditEvent::getAction).contains("QUALIFICATION_CAMPAIGN_CREATED");

        String again = html(followRedirect(mvc.perform(post("/staff/qualification/campaigns").with(csrf()).with(office())
                .param("graduationYear", String.valueOf(year)).param("title", "第二次")
                .param("graduateStart", input(now)).param("graduateEnd", input(now.plus(Duration.ofDays(1))))
                .param("collegeStart", input(now)).param("collegeEnd", input(now.plus(Duration.ofDays(2))))), office())
                .andExpect(status().isOk()).andReturn());
        assertThat(again).contains(year + "届已有资格审查", "第二次");
    }

    @Test
    void badInputComesBackWithItsMessagesAndNothingTypedLost() throws Exception {
        Instant now = clock.instant();
        String page = html(followRedirect(mvc.perform(post("/staff/qualification/campaigns").with(csrf()).with(office())
                .param("graduationYear", "23").param("title", "秋季资格审查")
                .param("graduateStart", input(now.plus(Duration.ofDays(3))))
                .param("graduateEnd", input(now.plus(Duration.ofDays(2))))
                .param("collegeStart", "明天")
                .param("collegeEnd", "")), office()).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("“23”不是有效的毕业年份", "毕业生核验的结束时间必须晚于开始时间", "“明天”不是有效的时间",
                "请填写时间", "value=\"秋季资格审查\"", "value=\"明天\"", "value=\"23\"");
    }

    @Test
    void importRefusesBadRowsWithTheirReasonsAndOffersTheReport() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        String good = UniqueData.studentNo();
        String byCode = UniqueData.studentNo();
        byte[] file = graduatesFile(
                row(good, "文学院", "李华", "北京市朝阳区", "汉族", "共青团员", UniqueData.mobile()),
                row(byCode, "化学学院", "王芳", "210105", "满族", "中共预备党员", UniqueData.mobile()),
                row("201901010", "文学院", "赵九", "北京市朝阳区", "汉族", "群众", UniqueData.mobile()),
                row(UniqueData.studentNo(), "文学院", "钱市", "辽宁省沈阳市", "汉族", "群众", UniqueData.mobile()),
                row(UniqueData.studentNo(), "文学院", "孙同", "朝阳区", "汉族", "群众", UniqueData.mobile()),
                row(UniqueData.studentNo(), "文学院", "周无", "火星市奥林匹斯区", "汉族", "群众", UniqueData.mobile()),
                row(UniqueData.studentNo(), "文学院", "吴族", "北京市海淀区", "外星族", "群众", "1234"),
                row(good, "文学院", "李华二", "北京市朝阳区", "汉族", "群众", UniqueData.mobile()));
        String base = "/staff/qualification/campaigns/" + campaign.getId();
        String page = html(followRedirect(mvc.perform(multipart(base + "/graduates/import")
                .file(new MockMultipartFile("file", "2027届生源.xlsx", XLSX, file)).with(csrf()).with(office())), office())
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("共 8 行", "新增 2 行", "未导入 6 行", "学号“201901010”必须是 10 位数字",
                "生源地“辽宁省沈阳市”只到省或市一级", "生源地“朝阳区”有多个同名的县（区）",
                "生源地“火星市奥林匹斯区”不在行政区划代码表中", "民族“外星族”不在标准列表中", "联系电话“1234”不是 11 位手机号码");

        QualificationGraduate li = qualification.graduate(campaign.getId(), good).orElseThrow();
        assertThat(li.getOriginPlaceCode()).isEqualTo("110105");
        assertThat(li.getEthnicity()).isEqualTo("01");
        assertThat(li.getPoliticalStatus()).isEqualTo("03");
        assertThat(li.getCheckStatus()).isEqualTo(CheckStatus.NOT_SUBMITTED);
        assertThat(qualification.graduate(campaign.getId(), byCode).orElseThrow().getOriginPlaceCode()).isEqualTo("210105");
        assertThat(qualification.colleges(campaign.getId())).containsExactly("化学学院", "文学院");

        Matcher report = REPORT_LINK.matcher(page);
        assertThat(report.find()).isTrue();
        byte[] xlsx = mvc.perform(get(report.group()).with(office())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(r -> r.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains("李华", "辽宁省沈阳市", "只到省或市一级", "火星市奥林匹斯区");
        }
        mvc.perform(get(base + "/graduates/template").with(office())).andExpect(status().isOk());

        // A graduate who submitted keeps their data: a second import refuses their row.
        li.confirm(clock.instant());
        graduates.save(li);
        String second = html(followRedirect(mvc.perform(multipart(base + "/graduates/import")
                .file(new MockMultipartFile("file", "更正.xlsx", XLSX, graduatesFile(
                        row(good, "文学院", "李华", "北京市东城区", "汉族", "共青团员", UniqueData.mobile()))))
                .with(csrf()).with(office())), office()).andExpect(status().isOk()).andReturn());
        assertThat(second).contains("已提交核验，导入不能覆盖其信息");
    }

    @Test
    void theOfficeExtendsTheGraduateWindowAndItsTimerFollows() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        String windows = "/staff/qualification/campaigns/" + campaign.getId() + "/windows/";
        Instant later = campaign.getGraduateWindowEnd().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String page = html(followRedirect(mvc.perform(post(windows + "graduate").param("end", input(later))
                .with(csrf()).with(office())), office()).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("毕业生核验的截止时间已修改");
        assertThat(timer(campaign, QualificationReviewProcess.TIMER_GRADUATE_WINDOW_END).getDuedate()).isEqualTo(Date.from(later));
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getGraduateWindowEnd()).isEqualTo(later);

        String tooLate = html(followRedirect(mvc.perform(post(windows + "graduate")
                .param("end", input(campaign.getCollegeWindowEnd().plus(Duration.ofDays(1))))
                .with(csrf()).with(office())), office()).andExpect(status().isOk()).andReturn());
        assertThat(tooLate).contains("毕业生核验不能晚于学院审查结束");
        String past = html(followRedirect(mvc.perform(post(windows + "graduate").param("end", "2001-01-01T08:00")
                .with(csrf()).with(office())), office()).andExpect(status().isOk()).andReturn());
        assertThat(past).contains("新的截止时间已经过去", "value=\"2001-01-01T08:00\"");
        String unconfirmed = html(followRedirect(mvc.perform(post(windows + "graduate").param("close", "yes")
                .with(csrf()).with(office())), office()).andExpect(status().isOk()).andReturn());
        assertThat(unconfirmed).contains("请勾选确认后再立即结束");
        assertThat(qualification.isGraduateWindowOpen(campaign.getId())).isTrue();

        // The college window's timer is not reached yet: its variable moves, and the timer reads it later.
        Instant collegeLater = campaign.getCollegeWindowEnd().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        mvc.perform(post(windows + "college").param("end", input(collegeLater)).with(csrf()).with(office()))
                .andExpect(status().is3xxRedirection());
        assertThat(managementService.createJobQuery().processInstanceId(campaign.getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getCollegeWindowEnd()).isEqualTo(collegeLater);
    }

    @Test
    void closingTheGraduateWindowEarlyStopsEditsAndReportsWhoDidNotSubmit() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        QualificationGraduate silent = data.graduate(campaign.getId(), "文学院", "沉默");
        QualificationGraduate done = data.graduate(campaign.getId(), "文学院", "完成");
        done.confirm(clock.instant());
        graduates.save(done);
        String base = "/staff/qualification/campaigns/" + campaign.getId();

        mvc.perform(post(base + "/windows/graduate").param("close", "yes").param("confirm", "yes")
                .with(csrf()).with(office())).andExpect(status().is3xxRedirection());
        assertThat(qualification.isGraduateWindowOpen(campaign.getId())).isFalse();
        runJobs();

        QualificationCampaign closed = campaigns.findById(campaign.getId()).orElseThrow();
        assertThat(closed.graduateWindowClosed()).isTrue();
        assertThat(events.stream(CampaignWindowClosed.class).filter(e -> e.campaignId() == campaign.getId()))
                .extracting(CampaignWindowClosed::window).containsExactly(CampaignWindowClosed.Window.GRADUATE);
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("qualification-campaign", campaign.getId().toString()))
                .extracting(AuditEvent::getAction)
                .contains("QUALIFICATION_GRADUATE_WINDOW_MOVED", "QUALIFICATION_GRADUATE_WINDOW_CLOSED");
        String page = html(mvc.perform(get(base).with(office())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("未提交的毕业生（1 人）", silent.getStudentNo(), "沉默", "毕业生核验已关闭，不能再导入")
                .doesNotContain(done.getStudentNo()).doesNotContain(silent.getPhone());

        String refused = html(followRedirect(mvc.perform(post(base + "/windows/graduate")
                .param("end", input(clock.instant().plus(Duration.ofDays(1)))).with(csrf()).with(office())), office())
                .andExpect(status().isOk()).andReturn());
        assertThat(refused).contains("这一时段已经关闭");
    }

    @Test
    void closingTheCollegeWindowExpiresTheUndecidedChangeRequests() throws Exception {
        QualificationCampaign campaign = data.openCampaign();
        QualificationGraduate graduate = data.graduate(campaign.getId(), "化学学院", "待审");
        ChangeRequest request = requests.save(new ChangeRequest(graduate, List.of(new ChangeItem(QualificationField.NAME,
                graduate.getName(), "待审新", graduate.getName(), "待审新")), null, null, clock.instant()));
        graduates.save(graduate);
        String base = "/staff/qualification/campaigns/" + campaign.getId();

        mvc.perform(post(base + "/windows/graduate").param("close", "yes").param("confirm", "yes")
                .with(csrf()).with(office())).andExpect(status().is3xxRedirection());
        runJobs();
        mvc.perform(post(base + "/windows/college").param("close", "yes").param("confirm", "yes")
                .with(csrf()).with(office())).andExpect(status().is3xxRedirection());
        assertThat(qualification.isCollegeWindowOpen(campaign.getId())).isFalse();
        runJobs();

        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.EXPIRED);
        QualificationGraduate after = graduates.findById(graduate.getId()).orElseThrow();
        assertThat(after.getCheckStatus()).isEqualTo(CheckStatus.CHANGE_EXPIRED);
        assertThat(after.getName()).isEqualTo("待审");
        assertThat(events.stream(CampaignWindowClosed.class).filter(e -> e.campaignId() == campaign.getId()
                && e.window() == CampaignWindowClosed.Window.COLLEGE))
                .singleElement().extracting(CampaignWindowClosed::expiredChangeRequestIds)
                .isEqualTo(List.of(request.getId()));
        assertThat(historyEnded(campaign)).isTrue();
        String page = html(mvc.perform(get(base).with(office())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("逾期未审核的修改申请（1 件）", graduate.getStudentNo(), "已结束");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private boolean historyEnded(QualificationCampaign campaign) {
        return managementService.createJobQuery().processInstanceId(campaign.getProcessInstanceId()).count() == 0;
    }

    private Job timer(QualificationCampaign campaign, String activityId) {
        return managementService.createJobQuery().processInstanceId(campaign.getProcessInstanceId())
                .activityId(activityId).timers().singleResult();
    }

    private String input(Instant instant) {
        return INPUT.format(instant.atZone(clock.getZone()));
    }

    private int freeYear() {
        for (int year = 2099; year >= 2000; year--) {
            if (!campaigns.existsByGraduationYear(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no free year");
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String html(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return html(actions.andReturn());
    }

    private static String[] row(String studentNo, String college, String name, String origin, String ethnicity,
                                String political, String phone) {
        return new String[] {"19210102150123", studentNo, college, "本科生毕业", "汉语言文学", name, "女", "2001-05-01",
                origin, ethnicity, political, phone, "北京市朝阳区建国路88号", "", ""};
    }

    static byte[] graduatesFile(String[]... rows) throws Exception {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"考生号", "学号", "学院", "学历", "专业", "姓名", "性别", "出生日期", "生源地", "民族", "政治面貌",
                "联系电话", "家庭地址", "家庭电话", "电子信箱"});
        all.addAll(Arrays.asList(rows));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("毕业生生源信息");
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
