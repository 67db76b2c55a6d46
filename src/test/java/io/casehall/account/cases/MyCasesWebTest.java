package io.casehall.account.cases;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveApplicationRepository;
import io.casehall.archive.ArchiveItemType;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.archive.DeliveryMode;
import io.casehall.archive.StudyStage;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceFixtures.Student;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.Verdict;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 我的办件 through HTTP: a graduate with an archive application and a clearance record sees both, with the status
 * and actions of each state, can cancel from the list after confirming, filters by procedure; someone else sees
 * none of it; the old archive list address leads here.
 */
class MyCasesWebTest extends IntegrationTest {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TestApplicants applicants;
    @Autowired
    ClearanceService clearance;
    @Autowired
    ArchiveApplicationRepository applications;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void aGraduateSeesTheirArchiveApplicationAndClearanceWithStatusesAndActionsAndNobodyElseDoes() throws Exception {
        Student student = ClearanceFixtures.undergraduate("沈办件");
        long planId = launchedPlanWith(student);
        clearance.decide(planId, TASK_FINANCE, studentId(planId, student), Verdict.FAIL, "欠学费 300 元",
                ClearanceFixtures.staff("fin-cases", "clearanceFinance"));
        TestApplicants.Created created = applicants.createVerifiedGraduate("沈办件", student.idNumber(),
                student.studentNo(), true);
        ApplicantPrincipal me = created.principal();
        ArchiveApplication application = submitArchiveApplication(me, student.studentNo());
        String caseUrl = "/apply/archive/applications/" + application.getId();

        String all = page(me, "/cases");
        String archiveRow = row(all, "case-archive-" + application.getNumber());
        String clearanceRow = row(all, "case-clearance-" + student.studentNo());
        assertThat(all.indexOf(archiveRow)).as("newest first: the application came after the launch")
                .isLessThan(all.indexOf(clearanceRow));
        assertThat(archiveRow).contains(">1</td>", "档案利用", "学籍档案利用", application.getNumber(),
                "tone-IN_PROGRESS", "待审核（工作人员办理）", MINUTES.format(application.getSubmittedAt()),
                "href=\"" + caseUrl + "\"", "查看", "action=\"" + caseUrl + "/cancel\"", "name=\"confirm\" value=\"yes\" required",
                "取消后本申请不再办理，也不能恢复", "name=\"submissionKey\"").doesNotContain("修改申请", "再次申请");
        assertThat(clearanceRow).contains(">2</td>", "离校", "毕业离校（" + clearance.plan(planId).name() + "）",
                "tone-YOUR_ACTION", "未通过：财务清算", "href=\"/clearance#plan-" + planId + "\"", "查看")
                .doesNotContain("<form");
        assertThat(tabs(all)).containsExactly("全部", "档案利用", "离校");
        assertThat(all).doesNotContain(student.idNumber(), created.login(), "style=\"");
        assertEveryCellNamesItsColumn(all);
        assertThat(page(me, "/clearance")).contains("id=\"plan-" + planId + "\"", "欠学费 300 元");

        // Returned for correction: the applicant's turn, with 修改申请 to the correction form.
        completeTask(application, ArchiveUseProcess.TASK_CHECK_REQUEST, Map.of(
                ArchiveUseProcess.VAR_CHECK_DECISION, ArchiveUseProcess.DECISION_RETURN,
                ArchiveUseProcess.VAR_CHECK_OPINION, "请补充说明用途"));
        String returned = row(page(me, "/cases"), "case-archive-" + application.getNumber());
        assertThat(returned).contains("tone-YOUR_ACTION", "待您修改", "修改申请", "href=\"" + caseUrl + "#correct\"");
        assertThat(page(me, "/home")).contains("href=\"/cases\"", "2 件待您处理");

        // 取消 from the list: the form the row offers, confirmed, ends the case; its page says so.
        MvcResult cancelled = mvc.perform(post(caseUrl + "/cancel").with(as(me)).with(csrf())
                        .param("confirm", "yes").param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl(caseUrl)).andReturn();
        assertThat(cancelled.getFlashMap().get("okMessage").toString()).startsWith("申请已取消");
        runJobs();
        String ended = row(page(me, "/cases"), "case-archive-" + application.getNumber());
        assertThat(ended).contains("tone-CANCELLED", "已取消", "再次申请").doesNotContain("action=\"" + caseUrl + "/cancel\"");
        assertThat(ended).doesNotContain("<td data-label=\"审核/取消时间\">—</td>");

        // The filter keeps one procedure; the tabs stay to switch back.
        String onlyClearance = page(me, "/cases?procedure=clearance");
        assertThat(onlyClearance).contains("id=\"case-clearance-" + student.studentNo() + "\"")
                .doesNotContain("id=\"case-archive-" + application.getNumber() + "\"");
        assertThat(tabs(onlyClearance)).containsExactly("全部", "档案利用", "离校");
        assertThat(onlyClearance).containsPattern("href=\"/cases\\?procedure=clearance\"[^>]*aria-current=\"page\"");
        assertThat(page(me, "/cases?procedure=archive")).contains("id=\"case-archive-" + application.getNumber() + "\"")
                .doesNotContain("id=\"case-clearance-");

        // In English, the same list.
        assertThat(page(me, "/cases?lang=en")).contains("My cases", "Review status", "Graduation clearance (");

        // Another applicant sees none of it, whatever the request names.
        ApplicantPrincipal other = applicants.createVerifiedGraduate("沈旁人", false);
        String empty = page(other, "/cases?procedure=&applicantId=" + me.applicantId());
        assertThat(empty).contains("id=\"no-cases\"", "您还没有办件", "href=\"/apply/archive\"")
                .doesNotContain(application.getNumber(), student.studentNo(), "id=\"cases\"");
        assertThat(tabs(empty)).containsExactly("全部");
        assertThat(page(other, "/cases?procedure=archive")).contains("您还没有档案利用的办件")
                .doesNotContain(application.getNumber());
        mvc.perform(post(caseUrl + "/cancel").with(as(other)).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOldArchiveListLeadsToMyCasesFilteredOnArchiveUse() throws Exception {
        ApplicantPrincipal me = applicants.createVerifiedGraduate("沈旧链接", true);
        mvc.perform(get("/apply/archive/applications").with(as(me)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases?procedure=archive"));
        String page = page(me, "/cases?procedure=archive");
        assertThat(page).contains("您还没有档案利用的办件", "href=\"/apply/archive\"");
        assertThat(tabs(page)).containsExactly("全部", "档案利用");
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private long launchedPlanWith(Student student) {
        long planId = clearance.createPlan("办件测试-" + System.nanoTime(), ADMIN).id();
        clearance.importStudents(planId, "s.xlsx", ClearanceFixtures.studentsWorkbook(List.of(student)), ADMIN);
        assertThat(clearance.launchAndWait(planId, ADMIN).done()).isTrue();
        return planId;
    }

    private long studentId(long planId, Student student) {
        StudentFilter filter = new StudentFilter(null, student.studentNo(), null, null, null, null, null, null, null,
                null, null);
        return clearance.searchAtCheckpoint(planId, TASK_FINANCE, filter, 0, 5).getContent().get(0).student().id();
    }

    /** 学籍档案利用, its first item (no scan needed), picked up at the archive: the form as the browser sends it. */
    private ArchiveApplication submitArchiveApplication(ApplicantPrincipal applicant, String studentNo) throws Exception {
        MockMultipartHttpServletRequestBuilder form = multipart("/apply/archive/applications");
        form.with(as(applicant)).with(csrf())
                .param("service", ArchiveServiceType.ACADEMIC_RECORD.name()).param("stage", StudyStage.MASTER.name())
                .param("submissionKey", UUID.randomUUID().toString()).param("studentNo", studentNo)
                .param("educationLevel", "硕士研究生").param("department", "经济管理学院").param("major", "工商管理")
                .param("enrolmentDate", "2018-09-01").param("graduationDate", "2021-06-30")
                .param("deliveryMode", DeliveryMode.PICKUP.name());
        List<ArchiveItemType> items = ArchiveItemType.of(ArchiveServiceType.ACADEMIC_RECORD);
        for (int i = 0; i < items.size(); i++) {
            form.param("items[" + i + "].type", items.get(i).name()).param("_items[" + i + "].selected", "on")
                    .param("items[" + i + "].copies", "1");
        }
        form.param("items[0].selected", "true");
        String target = mvc.perform(form).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).as("submitted").startsWith("/apply/archive/applications/");
        return applications.findById(Long.valueOf(target.substring(target.lastIndexOf('/') + 1))).orElseThrow();
    }

    private void completeTask(ArchiveApplication application, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery()
                .processInstanceBusinessKey(ArchiveUseProcess.businessKey(application.getNumber()))
                .taskDefinitionKey(taskKey).singleResult();
        identityService.setAuthentication("clerk", List.of("archiveClerk"));
        try {
            taskService.claim(task.getId(), "clerk");
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        runJobs();
    }

    private String page(ApplicantPrincipal applicant, String url) throws Exception {
        return mvc.perform(get(url).with(as(applicant))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row with that id. */
    private static String row(String html, String id) {
        Matcher row = Pattern.compile("(?s)<tr[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>.*?</tr>").matcher(html);
        assertThat(row.find()).as("row " + id).isTrue();
        return row.group();
    }

    /** The procedure tabs' names, in order. */
    private static List<String> tabs(String html) {
        Matcher nav = Pattern.compile("(?s)<nav class=\"tabs\"[^>]*>(.*?)</nav>").matcher(html);
        assertThat(nav.find()).as("the procedure tabs").isTrue();
        return Pattern.compile("<a [^>]*>([^<]*)</a>").matcher(nav.group(1)).results().map(m -> m.group(1).strip())
                .toList();
    }

    /** Phone layout (390 px): the table becomes stacked cards, each cell naming its column. */
    private static void assertEveryCellNamesItsColumn(String html) {
        Matcher cell = Pattern.compile("<td(\\s[^>]*)?>").matcher(html);
        int cells = 0;
        while (cell.find()) {
            assertThat(cell.group()).contains("data-label=\"");
            cells++;
        }
        assertThat(cells).isPositive();
    }

    private static RequestPostProcessor as(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }
}
