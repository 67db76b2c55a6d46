package io.casehall.qualification.review;

import static io.casehall.qualification.review.ReviewFixtures.as;
import static io.casehall.qualification.review.ReviewFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.security.Actor;
import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The college's files (the report as a Word document, the Excel export, the proofs) and its additions and removals
 * through HTTP and the roster model: each refused for another college, the report's counts and title read back
 * with POI, the office's decision applied and the college told.
 */
class CollegeFilesAndRosterWebTest extends IntegrationTest {

    @Autowired
    QualificationCampaignRepository campaigns;
    @Autowired
    QualificationGraduateRepository graduates;
    @Autowired
    ChangeRequestRepository requests;
    @Autowired
    RosterChangeRepository rosterChanges;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    DocumentStore documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(campaigns, graduates, requests, runtimeService, tx);
    }

    @Test
    void theReportOpensWithItsTitleAndCountsAndTheExportHoldsTheCollegesGraduates() throws Exception {
        String college = "戊学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        long id = campaign.getId();
        QualificationGraduate confirmed = fixtures.graduate(id, college, "周一", "本科", "法学");
        tx.executeWithoutResult(s -> graduates.findById(confirmed.getId()).orElseThrow().confirm(Instant.now()));
        QualificationGraduate pending = fixtures.graduate(id, college, "周二", "本科", "法学");
        fixtures.nameChange(pending, "周贰", null);
        QualificationGraduate silent = fixtures.graduate(id, college, "周三", "硕士研究生", "经济学");
        QualificationGraduate elsewhere = fixtures.graduate(id, "己学院" + System.nanoTime(), "吴一", "本科", "法学");
        StaffPrincipal reviewer = reviewer(college);
        String base = "/staff/qualification/campaigns/" + id + "/college";

        MvcResult report = mvc.perform(get(base + "/report").param("college", college).with(as(reviewer)))
                .andExpect(status().isOk()).andReturn();
        assertThat(report.getResponse().getContentType()).isEqualTo(CollegeReportDocument.MEDIA_TYPE);
        assertThat(report.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("关于" + campaign.getGraduationYear() + "届毕业生资格审查材料的报告");
            assertThat(paragraphs.get(1)).isEqualTo("招生就业处：");
            assertThat(String.join("\n", paragraphs)).contains(college + "组织" + campaign.getGraduationYear() + "届毕业生")
                    .contains("共3人，其中确认信息无误1人，申请修改并经学院审核通过0人，修改申请尚待审核1人，修改未获通过或逾期未审核0人，未提交核验1人")
                    .contains("申请1件，审核通过0件", "学院（盖章）：", "负责人签字：");
            var table = docx.getTables().get(0);
            List<String> total = table.getRow(table.getNumberOfRows() - 1).getTableCells().stream()
                    .map(XWPFTableCell::getText).toList();
            assertThat(total).containsExactly("合计", "", "3", "1", "0", "1", "0", "1");
            assertThat(table.getText()).contains("硕士研究生", "经济学", "法学");
        }

        MvcResult export = mvc.perform(get(base + "/export").param("college", college).with(as(reviewer)))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("学号");
            List<String> studentNos = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    studentNos.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(studentNos).containsExactlyInAnyOrder(confirmed.getStudentNo(), pending.getStudentNo(),
                    silent.getStudentNo()).doesNotContain(elsewhere.getStudentNo());
            Row first = sheet.getRow(1);
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("北京市 朝阳区");
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("13942824971");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action IN"
                + " ('QUALIFICATION_REPORT_GENERATED', 'QUALIFICATION_GRADUATES_EXPORTED')", Long.class,
                reviewer.userId())).isEqualTo(2);
    }

    @Test
    void aProofIsReadByItsCollegesReviewerWhileTheRequestWaitsAndTheReadIsAudited() throws Exception {
        String college = "庚学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        QualificationGraduate g = fixtures.graduate(campaign.getId(), college, "郑一", "本科", "法学");
        UUID proof = documents.store(Actor.of(Actor.Kind.APPLICANT, "9" + System.nanoTime()),
                new UploadPolicy("qualification-proof1", 5 * UploadPolicy.MB, Set.of(FileKind.PNG, FileKind.JPEG,
                        FileKind.PDF)), "户口本.png", TestFiles.png()).getId();
        ChangeRequest request = fixtures.nameChange(g, "郑壹", proof);
        documents.attachToCase(proof, io.casehall.qualification.QualificationChangeRequestProcess
                .requestBusinessKey(request.getId()));
        StaffPrincipal reviewer = camundaUser(QualificationReviewPaths.group(college), null);

        MvcResult file = mvc.perform(get("/staff/qualification/requests/" + request.getId() + "/proofs/1")
                .with(as(reviewer))).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.png());
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action ="
                + " 'QUALIFICATION_PROOF_READ'", Long.class, reviewer.userId())).isEqualTo(1);
        mvc.perform(get("/staff/qualification/requests/" + request.getId() + "/proofs/2").with(as(reviewer)))
                .andExpect(status().isNotFound());
        StaffPrincipal other = camundaUser(QualificationReviewPaths.group("辛学院" + System.nanoTime()), null);
        mvc.perform(get("/staff/qualification/requests/" + request.getId() + "/proofs/1").with(as(other)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdditionIsCheckedAskedForDecidedByTheOfficeAppliedAndTheCollegeTold() throws Exception {
        String college = "壬学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        long id = campaign.getId();
        QualificationGraduate existing = fixtures.graduate(id, college, "孙一", "本科", "法学");
        String mail = "rev" + System.nanoTime() + "@example.cn";
        StaffPrincipal reviewer = camundaUser(QualificationReviewPaths.group(college), mail);
        String roster = "/staff/qualification/campaigns/" + id + "/college/roster";

        // Wrong input: every problem at once, what was typed kept.
        String refused = follow(mvc.perform(post(roster + "/add").param("college", college)
                .param("name", "孙新").param("studentNo", "12345").param("originPlaceProvince", "130000")
                .param("phone", "1394282497").param("reason", "转专业后漏报").with(csrf()).with(as(reviewer))), as(reviewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("学号应为 10 位数字", "请选择性别", "请填写 11 位手机号码", "请选择到区县一级")
                .contains("value=\"孙新\"", "转专业后漏报</textarea>");
        assertThat(rosterChanges.findByCampaignIdAndCollegeOrderByRequestedAtDesc(id, college)).isEmpty();
        // A student number already in the campaign.
        String taken = follow(mvc.perform(addition(roster, college, existing.getStudentNo()).with(csrf())
                .with(as(reviewer))), as(reviewer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taken).contains("已在本次审查名单中");

        String studentNo = ReviewFixtures.studentNo();
        mvc.perform(addition(roster, college, studentNo).with(csrf()).with(as(reviewer)))
                .andExpect(status().is3xxRedirection());
        RosterChange change = rosterChanges.findByCampaignIdAndCollegeOrderByRequestedAtDesc(id, college).get(0);
        assertThat(change.getType()).isEqualTo(RosterChangeType.ADD);
        assertThat(change.getStatus()).isEqualTo(RosterChangeStatus.PENDING);
        // Another college's reviewer sees nothing of it; the office does.
        StaffPrincipal otherReviewer = reviewer("癸学院" + System.nanoTime());
        mvc.perform(get("/staff/qualification/roster/" + change.getId()).with(as(otherReviewer)))
                .andExpect(status().isForbidden());
        mvc.perform(addition(roster, college, ReviewFixtures.studentNo()).with(csrf()).with(as(otherReviewer)))
                .andExpect(status().isForbidden());
        StaffPrincipal office = ReviewFixtures.staff(StaffRoles.EMPLOYMENT_OFFICE);
        assertThat(page(get("/staff/qualification/roster/" + change.getId()).with(as(office))))
                .contains("孙新", studentNo, "北京市 朝阳区", "转专业后漏报");

        // The office's task: for employmentOffice, with the request's summary; a rejection needs a reason.
        Task task = officeTask(change);
        assertThat(taskService.getVariableLocal(task.getId(), RosterChangeProcess.VAR_SUMMARY).toString())
                .contains("孙新", "北京市 朝阳区（110105）", "转专业后漏报");
        assertThat(task.getName()).contains(studentNo);
        assertThatThrownBy(() -> completeAsOffice(task, RosterChangeProcess.DECISION_REJECT, " "))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class).hasMessageContaining("不同意时必须填写原因");
        completeAsOffice(task, RosterChangeProcess.DECISION_APPROVE, null);
        runJobs();

        RosterChange applied = rosterChanges.findById(change.getId()).orElseThrow();
        assertThat(applied.getStatus()).isEqualTo(RosterChangeStatus.APPLIED);
        QualificationGraduate added = graduates.findByCampaignIdAndStudentNo(id, studentNo).orElseThrow();
        assertThat(added.getCollege()).isEqualTo(college);
        assertThat(added.getName()).isEqualTo("孙新");
        assertThat(added.getCheckStatus()).isEqualTo(CheckStatus.NOT_SUBMITTED);
        assertThat(applied.getGraduateId()).isEqualTo(added.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject = ?",
                Long.class, mail, "生源增减申请已同意")).isEqualTo(1);
        assertThat(page(get(roster).param("college", college).with(as(reviewer)))).contains("已同意", studentNo);
    }

    @Test
    void aRemovalTakesTheGraduateAndTheirOpenRequestOutOfTheCampaignOrIsRejectedWithAReason() throws Exception {
        String college = "子学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        long id = campaign.getId();
        QualificationGraduate leaving = fixtures.graduate(id, college, "钱一", "本科", "法学");
        ChangeRequest open = fixtures.nameChange(leaving, "钱壹", null);
        QualificationGraduate staying = fixtures.graduate(id, college, "钱二", "本科", "法学");
        QualificationGraduate otherCollege = fixtures.graduate(id, "丑学院" + System.nanoTime(), "钱三", "本科", "法学");
        StaffPrincipal reviewer = reviewer(college);
        String roster = "/staff/qualification/campaigns/" + id + "/college/roster";

        // Another college's student number reads as not found in this college (nothing of that graduate shown).
        String notOurs = follow(mvc.perform(post(roster + "/remove").param("college", college)
                .param("studentNo", otherCollege.getStudentNo()).param("reason", "已退学").with(csrf()).with(as(reviewer))),
                as(reviewer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notOurs).contains("本学院本次审查名单中没有学号为 " + otherCollege.getStudentNo()).doesNotContain("钱三");
        String noReason = follow(mvc.perform(post(roster + "/remove").param("college", college)
                .param("studentNo", leaving.getStudentNo()).with(csrf()).with(as(reviewer))), as(reviewer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noReason).contains("请填写原因", "value=\"" + leaving.getStudentNo() + "\"");

        for (QualificationGraduate g : List.of(leaving, staying)) {
            mvc.perform(post(roster + "/remove").param("college", college).param("studentNo", g.getStudentNo())
                    .param("reason", "已办理退学").with(csrf()).with(as(reviewer))).andExpect(status().is3xxRedirection());
        }
        List<RosterChange> asked = rosterChanges.findByCampaignIdAndCollegeOrderByRequestedAtDesc(id, college);
        RosterChange removeLeaving = asked.stream().filter(c -> c.getGraduateId().equals(leaving.getId())).findFirst()
                .orElseThrow();
        RosterChange removeStaying = asked.stream().filter(c -> c.getGraduateId().equals(staying.getId())).findFirst()
                .orElseThrow();

        completeAsOffice(officeTask(removeLeaving), RosterChangeProcess.DECISION_APPROVE, null);
        completeAsOffice(officeTask(removeStaying), RosterChangeProcess.DECISION_REJECT, "该生为延期毕业，仍在本届名单中");
        runJobs();

        assertThat(graduates.findById(leaving.getId())).isEmpty();
        assertThat(requests.findById(open.getId())).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(open.getProcessInstanceId()).count())
                .isZero();
        assertThat(rosterChanges.findById(removeLeaving.getId()).orElseThrow().getStatus())
                .isEqualTo(RosterChangeStatus.APPLIED);
        RosterChange rejected = rosterChanges.findById(removeStaying.getId()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(RosterChangeStatus.REJECTED);
        assertThat(rejected.getDecisionReason()).isEqualTo("该生为延期毕业，仍在本届名单中");
        assertThat(graduates.findById(staying.getId())).isPresent();
        // The removed graduate's roster page still reads from its copy.
        assertThat(page(get("/staff/qualification/roster/" + removeLeaving.getId()).with(as(reviewer))))
                .contains("钱一", leaving.getStudentNo(), "已同意");
        String console = page(get("/staff/qualification/campaigns/" + id + "/college").with(as(reviewer)));
        assertThat(console).contains("data-counter=\"graduates\">1<").doesNotContain(leaving.getStudentNo());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Post/redirect/get with the POST's session: the redirect names the college percent-encoded, so the address is
     * followed as a URI (a template would be encoded a second time).
     */
    private org.springframework.test.web.servlet.ResultActions follow(
            org.springframework.test.web.servlet.ResultActions post,
            org.springframework.test.web.servlet.request.RequestPostProcessor as) throws Exception {
        MvcResult result = post.andExpect(status().is3xxRedirection()).andReturn();
        var next = get(java.net.URI.create(result.getResponse().getRedirectedUrl())).with(as);
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        return mvc.perform(next);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder addition(
            String roster, String college, String studentNo) {
        return post(roster + "/add").param("college", college).param("candidateNo", "23210" + studentNo.substring(1))
                .param("studentNo", studentNo).param("name", "孙新").param("gender", "女").param("birthDate", "2002-05-01")
                .param("education", "本科").param("major", "法学").param("originPlaceProvince", "110000")
                .param("originPlaceCity", "110105").param("ethnicity", "01").param("politicalStatus", "03")
                .param("phone", "13800138000").param("homeAddress", "北京市朝阳区建国路1号")
                .param("reason", "转专业后漏报");
    }

    private Task officeTask(RosterChange change) {
        String instance = rosterChanges.findById(change.getId()).orElseThrow().getProcessInstanceId();
        identityService.setAuthentication("office-" + System.nanoTime(), List.of(StaffRoles.EMPLOYMENT_OFFICE));
        try {
            return taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(RosterChangeProcess.TASK_DECIDE).singleResult();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void completeAsOffice(Task task, String decision, String reason) {
        identityService.setAuthentication("office-user", List.of(StaffRoles.EMPLOYMENT_OFFICE));
        try {
            taskService.complete(task.getId(), Variables.createVariables()
                    .putValue(RosterChangeProcess.VAR_DECISION, decision).putValue(RosterChangeProcess.VAR_REASON, reason));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** A real Camunda user in the college group (the document store and notices ask the identity service). */
    private StaffPrincipal camundaUser(String group, String email) {
        String userId = "u" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setFirstName("审核");
        user.setLastName("老师");
        user.setEmail(email);
        user.setPassword("Review2026ab");
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            var g = identityService.newGroup(group);
            g.setName(group);
            g.setType("WORKFLOW");
            identityService.saveGroup(g);
        }
        identityService.createMembership(userId, group);
        return new StaffPrincipal(userId, userId, List.of(StaffRoles.DATA_CHANGE_APPROVAL, group));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The college group's name, as the model and the console compute it. */
    static final class QualificationReviewPaths {
        static String group(String college) {
            return io.casehall.qualification.QualificationReviewProcess.collegeGroup(college);
        }
    }
}
