package io.casehall.creditbank.conversion.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Holder;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.conversion.ApplicationStatus;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionCandidates;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.CreditBankGroups;
import io.casehall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 转换申请审核: the approver of the receiving institution sees and decides personal applications and batches
 * (ticked learners, then all the rest), with the review history, the learners' and institutions' messages; a bad
 * reason changes nothing; a member without 学分转换审核 and an approver of another institution get nowhere.
 */
class ConversionReviewWebTest extends IntegrationTest {

    private static final String BASE = "/institution/conversion/reviews";

    @Autowired
    TestConversions conversions;
    @Autowired
    TestInstitutions institutions;
    @Autowired
    TestApplicants applicants;
    @Autowired
    ConversionApplications applications;
    @Autowired
    ConversionApplicationRepository applicationRepository;
    @Autowired
    ConversionItemRepository items;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ReviewQueries reviewQueries;
    @Autowired
    io.casehall.shared.notification.OutboxMessageRepository outbox;

    @Test
    void aPersonalApplicationIsPassedAndEveryoneIsTold() throws Exception {
        Scenario s = conversions.scenario(1);
        Holder holder = s.holders().get(0);
        ApplicantPrincipal learner = applicants.create(holder.name());
        conversions.activate(holder, learner.applicantId());
        Long applicationId = applications.applyAsLearner(learner, s.rule().getId()).applicationId();
        RequestPostProcessor approver = as(principal(s.target().adminLogin()));

        String list = page(get(BASE), approver);
        assertThat(list).contains("个人申请 (1)", "机构发起 (0)", s.rule().getCode(), holder.name(),
                "个人成果编号", "颁证日期", "2025-06-30").doesNotContain(holder.idNumber());
        assertThat(page(get(BASE).param("idNumber", holder.idNumber()), approver)).contains(holder.name());
        assertThat(page(get(BASE).param("learnerName", "没有这个人"), approver)).doesNotContain(holder.name());
        assertThat(page(get(BASE).param("ruleCode", s.rule().getCode()).param("learnerName", holder.name()), approver))
                .contains(holder.name());
        assertThat(page(get(BASE).param("ruleCode", "不是编码"), approver)).doesNotContain(holder.name());
        int year = applicationRepository.findById(applicationId).orElseThrow().getAppliedYear();
        assertThat(page(get(BASE).param("year", String.valueOf(year)).param("idNumber", holder.idNumber()), approver))
                .contains(holder.name());
        assertThat(page(get(BASE).param("year", String.valueOf(year - 1)), approver)).doesNotContain(holder.name());

        String done = follow(mvc.perform(post(BASE + "/decide").param("ids", applicationId.toString())
                .param("decision", "PASSED").with(csrf()).with(approver)), approver);
        assertThat(done).contains("已审核 1 名学员").doesNotContain(holder.name());

        ConversionItem item = items.findByApplicationIdOrderByIdAsc(applicationId).get(0);
        assertThat(item.getStatus()).isEqualTo(ConversionItemStatus.PASSED);
        assertThat(applicationRepository.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.DECIDED);
        assertThat(reviews(applicationId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE applicant_id = ?", Long.class,
                learner.applicantId())).isEqualTo(1);
        assertThat(institutionMessages(s.target().institution().getId())).isPositive();

        Holder second = conversions.holder(s.source(), s.certificateId(), "第二学员", io.casehall.support.TestIdNumbers.next());
        Holder third = conversions.holder(s.source(), s.certificateId(), "第三学员", io.casehall.support.TestIdNumbers.next());
        ApplicantPrincipal secondLearner = applicants.create(second.name());
        ApplicantPrincipal thirdLearner = applicants.create(third.name());
        conversions.activate(second, secondLearner.applicantId());
        conversions.activate(third, thirdLearner.applicantId());
        Long secondId = applications.applyAsLearner(secondLearner, s.rule().getId()).applicationId();
        Long thirdId = applications.applyAsLearner(thirdLearner, s.rule().getId()).applicationId();
        String confirm = follow(mvc.perform(post(BASE + "/decide").param("idNumber", second.idNumber())
                .param("decision", "FAILED").param("reason", "材料不全").with(csrf()).with(approver)), approver);
        assertThat(confirm).contains("将审核符合查询条件的全部 1 条个人申请", "材料不全");
        follow(mvc.perform(post(BASE + "/decide").param("idNumber", second.idNumber()).param("confirmAll", "1")
                .param("decision", "FAILED").param("reason", "材料不全").with(csrf()).with(approver)), approver);
        assertThat(items.findByApplicationIdOrderByIdAsc(secondId).get(0).getStatus())
                .isEqualTo(ConversionItemStatus.FAILED);
        assertThat(items.findByApplicationIdOrderByIdAsc(secondId).get(0).getReason()).isEqualTo("材料不全");
        assertThat(items.findByApplicationIdOrderByIdAsc(thirdId).get(0).getStatus())
                .isEqualTo(ConversionItemStatus.PENDING);
        assertThat(page(get(BASE), approver)).contains("个人申请 (1)", third.name()).doesNotContain(second.name());
    }

    /**
     * The list asks the engine's runtime tables in SQL: an application whose current task is for a group I am not
     * in, one whose task is in another tenant, and another institution's pending application are neither listed
     * nor counted (tabs, 审核 all matching, export).
     */
    @Test
    void onlyTasksOfMyGroupsAndTenantAreListedAndCounted() throws Exception {
        Scenario s = conversions.scenario(0);
        Scenario elsewhere = conversions.scenario(0);
        String tag = io.casehall.support.UniqueData.schoolCode();
        Holder mine = personalApplicant(s, "本组学员" + tag);
        Holder otherGroup = personalApplicant(s, "他组学员" + tag);
        Holder otherTenant = personalApplicant(s, "他户学员" + tag);
        Holder otherInstitution = personalApplicant(elsewhere, "他校学员" + tag);
        InstitutionPrincipal me = principal(s.target().adminLogin());
        InstitutionPrincipal them = principal(elsewhere.target().adminLogin());

        Task moved = taskService.createTaskQuery().processInstanceId(instanceOf(s, otherGroup)).singleResult();
        taskService.deleteCandidateGroup(moved.getId(), CreditBankGroups.CONVERSION_APPROVAL);
        taskService.addCandidateGroup(moved.getId(), "someOtherGroup");
        jdbc.update("UPDATE ACT_RU_TASK SET TENANT_ID_ = ? WHERE PROC_INST_ID_ = ?", them.tenantId(),
                instanceOf(s, otherTenant));

        RequestPostProcessor approver = as(me);
        long t = System.nanoTime();
        String list = page(get(BASE), approver);
        System.out.printf("[review list] first page with counts: %.1f ms%n", (System.nanoTime() - t) / 1e6);
        assertThat(list).contains("个人申请 (1)", "机构发起 (0)", mine.name())
                .doesNotContain(otherGroup.name(), otherTenant.name(), otherInstitution.name());
        assertThat(page(get(BASE).param("learnerName", tag), approver)).contains(mine.name())
                .doesNotContain(otherGroup.name(), otherTenant.name(), otherInstitution.name());
        assertThat(reviewQueries.countAll(me, ReviewFilter.NONE)).isEqualTo(1);
        assertThat(reviewQueries.countAll(me, new ReviewFilter(null, null, otherGroup.name(), null, null))).isZero();
        assertThat(reviewQueries.counts(me)).containsEntry(ConversionChannel.PERSONAL, 1L)
                .containsEntry(ConversionChannel.INSTITUTION, 0L);
        assertThat(page(get(BASE + "/export").param("tab", "personal"), approver)).contains("共查询出 1 条数据");
        assertThat(page(get(BASE), as(them))).contains("个人申请 (1)", otherInstitution.name())
                .doesNotContain(mine.name(), otherGroup.name(), otherTenant.name());

        // one in the group I am in after all: listed again (a step's group decides, no code)
        InstitutionPrincipal inOtherGroup = new InstitutionPrincipal(me.userId(), me.displayName(),
                me.institutionId(), me.tenantId(), me.institutionName(), List.of("someOtherGroup"));
        assertThat(reviewQueries.countAll(inOtherGroup, ReviewFilter.NONE)).isEqualTo(1);
        assertThat(reviewQueries.personal(inOtherGroup, ReviewFilter.NONE, 0, null).getContent())
                .extracting(ReviewQueries.PersonalRow::learnerName).containsExactly(otherGroup.name());
    }

    private Holder personalApplicant(Scenario s, String name) {
        Holder holder = conversions.holder(s.source(), s.certificateId(), name, io.casehall.support.TestIdNumbers.next());
        ApplicantPrincipal learner = applicants.create(name);
        conversions.activate(holder, learner.applicantId());
        applications.applyAsLearner(learner, s.rule().getId());
        return holder;
    }

    private String instanceOf(Scenario s, Holder holder) {
        return jdbc.queryForObject("SELECT a.process_instance_id FROM cb_conversion_application a"
                + " JOIN cb_conversion_item i ON i.application_id = a.id WHERE a.target_institution_id = ?"
                + " AND i.learner_name = ?", String.class, s.target().institution().getId(), holder.name());
    }

    @Test
    void aBatchIsDecidedTickedFirstThenAllTheRest() throws Exception {
        Scenario s = conversions.scenario(3);
        Long applicationId = batch(s);
        RequestPostProcessor approver = as(principal(s.target().adminLogin()));
        List<ConversionItem> learners = items.findByApplicationIdOrderByIdAsc(applicationId);

        assertThat(page(get(BASE).param("tab", "batch"), approver)).contains("机构发起 (1)",
                s.source().institution().getName(), "批量学员转换", s.rule().getCode(), "审核");
        assertThat(page(get(BASE).param("tab", "batch").param("initiator", "不存在的机构"), approver))
                .doesNotContain("批量学员转换</td>");
        String batchPage = page(get(BASE + "/" + applicationId), approver);
        assertThat(batchPage).contains("未审核 (3)", "已审核 (0)", learners.get(0).getLearnerName(),
                learners.get(0).getPersonalNo()).doesNotContain(learners.get(0).getIdNumber());

        follow(mvc.perform(post(BASE + "/" + applicationId + "/decide").param("ids", learners.get(0).getId().toString())
                .param("decision", "FAILED").param("reason", "证书等级不符").with(csrf()).with(approver)), approver);
        assertThat(items.findById(learners.get(0).getId()).orElseThrow().getStatus())
                .isEqualTo(ConversionItemStatus.FAILED);
        assertThat(applicationRepository.findById(applicationId).orElseThrow().isPending()).isTrue();
        assertThat(page(get(BASE + "/" + applicationId).param("tab", "decided"), approver))
                .contains("未审核 (2)", "已审核 (1)", "不通过", "证书等级不符");

        String confirm = follow(mvc.perform(post(BASE + "/" + applicationId + "/decide").param("decision", "PASSED")
                .with(csrf()).with(approver)), approver);
        assertThat(confirm).contains("将审核全部 2 名未审核学员", "name=\"confirmAll\"");
        assertThat(reviews(applicationId)).isEqualTo(1);
        String after = follow(mvc.perform(post(BASE + "/" + applicationId + "/decide").param("decision", "PASSED")
                .param("confirmAll", "1").with(csrf()).with(approver)), approver);
        assertThat(after).contains("全部审核完成");
        assertThat(items.findByApplicationIdOrderByIdAsc(applicationId)).extracting(ConversionItem::getStatus)
                .containsExactly(ConversionItemStatus.FAILED, ConversionItemStatus.PASSED, ConversionItemStatus.PASSED);
        assertThat(applicationRepository.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.DECIDED);
        assertThat(reviews(applicationId)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT r.item_id) FROM cb_conversion_review r JOIN"
                + " cb_conversion_item i ON i.id = r.item_id WHERE i.application_id = ? AND r.actor = ?", Long.class,
                applicationId, s.target().adminLogin())).isEqualTo(3);
        assertThat(institutionMessages(s.target().institution().getId())).isPositive();
        assertThat(institutionMessages(s.source().institution().getId())).isPositive();
        mvc.perform(get(BASE + "/" + applicationId).with(approver)).andExpect(status().isNotFound());
    }

    @Test
    void aReasonTooLongOrMissingChangesNothingAndKeepsWhatWasTyped() throws Exception {
        Scenario s = conversions.scenario(2);
        Long applicationId = batch(s);
        RequestPostProcessor approver = as(principal(s.target().adminLogin()));
        ConversionItem first = items.findByApplicationIdOrderByIdAsc(applicationId).get(0);

        String refused = follow(mvc.perform(post(BASE + "/" + applicationId + "/decide")
                .param("ids", first.getId().toString()).param("decision", "FAILED").param("reason", "长".repeat(501))
                .with(csrf()).with(approver)), approver);
        assertThat(refused).contains("不通过原因最多 500 个字", "长".repeat(501), "checked");
        String missing = follow(mvc.perform(post(BASE + "/" + applicationId + "/decide")
                .param("decision", "FAILED").with(csrf()).with(approver)), approver);
        assertThat(missing).contains("审核不通过时请填写不通过原因");
        assertThat(items.findByApplicationIdOrderByIdAsc(applicationId)).extracting(ConversionItem::getStatus)
                .containsOnly(ConversionItemStatus.PENDING);
        assertThat(reviews(applicationId)).isZero();
    }

    @Test
    void onlyApproversOfTheReceivingInstitutionGetIn() throws Exception {
        Scenario s = conversions.scenario(1);
        Long applicationId = batch(s);
        InstitutionUser clerk = institutions.subUser(s.target(), "普通用户", List.of(CreditBankGroups.INSTITUTION_USER));
        RequestPostProcessor notApprover = as(principal(clerk.getUserId()));
        mvc.perform(get(BASE).with(notApprover)).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + applicationId).with(notApprover)).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + applicationId + "/decide").param("decision", "PASSED").with(csrf())
                .with(notApprover)).andExpect(status().isForbidden());

        TestInstitutions.Registered other = institutions.registered("别的学院" + io.casehall.support.UniqueData.schoolCode());
        RequestPostProcessor otherApprover = as(principal(other.adminLogin()));
        assertThat(page(get(BASE).param("tab", "batch"), otherApprover)).contains("机构发起 (0)")
                .doesNotContain(s.rule().getCode());
        mvc.perform(get(BASE + "/" + applicationId).with(otherApprover)).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + applicationId + "/decide").param("decision", "PASSED").with(csrf())
                .with(otherApprover)).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/decide").param("ids", applicationId.toString()).param("decision", "PASSED")
                .with(csrf()).with(otherApprover)).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/abc").with(otherApprover)).andExpect(status().isNotFound());

        assertThat(items.findByApplicationIdOrderByIdAsc(applicationId)).extracting(ConversionItem::getStatus)
                .containsOnly(ConversionItemStatus.PENDING);
        assertThat(reviews(applicationId)).isZero();
        assertThat(applicationRepository.findById(applicationId).orElseThrow().isPending()).isTrue();
    }

    @Test
    void bothTabsExportTheTickedOrAllMatchingRowsAfterACode() throws Exception {
        Scenario s = conversions.scenario(2);
        Long applicationId = batch(s);
        Holder holder = conversions.holder(s.source(), s.certificateId(), "个人学员", io.casehall.support.TestIdNumbers.next());
        ApplicantPrincipal learner = applicants.create(holder.name());
        conversions.activate(holder, learner.applicantId());
        Long personalId = applications.applyAsLearner(learner, s.rule().getId()).applicationId();
        RequestPostProcessor approver = as(principal(s.target().adminLogin()));

        String chosen = mvc.perform(post(BASE + "/export/choose").param("tab", "personal")
                        .param("ids", personalId.toString()).with(csrf()).with(approver))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(chosen).contains("/export").contains("ids=" + personalId).doesNotContain("_csrf");
        assertThat(page(get(chosen), approver)).contains("已选择 1 条数据");
        assertThat(page(get(BASE + "/export").param("tab", "batch"), approver)).contains("共查询出 1 条数据");
        assertThat(follow(mvc.perform(post(BASE + "/export").param("tab", "batch").param("code", "123456")
                .with(csrf()).with(approver)), approver)).contains("验证码");

        follow(mvc.perform(post(BASE + "/export/code").param("tab", "batch").with(csrf()).with(approver)), approver);
        String code = codeSentTo(s.target().adminPhone());
        byte[] file = mvc.perform(post(BASE + "/export").param("tab", "batch").param("code", code).with(csrf())
                .with(approver)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("规则编码");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(s.rule().getCode());
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(s.source().institution().getName());
        }
        InstitutionUser second = institutions.subUser(s.target(), "第二审核员",
                List.of(CreditBankGroups.INSTITUTION_USER, CreditBankGroups.CONVERSION_APPROVAL));
        RequestPostProcessor secondApprover = as(principal(second.getUserId()));
        follow(mvc.perform(post(BASE + "/export/code").param("tab", "personal").with(csrf()).with(secondApprover)),
                secondApprover);
        code = codeSentTo(second.getPhone());
        byte[] personal = mvc.perform(post(BASE + "/export").param("tab", "personal")
                .param("ids", personalId.toString()).param("code", code).with(csrf()).with(secondApprover))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(personal))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("个人学员");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).contains("*")
                    .isNotEqualTo(holder.idNumber());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CONVERSION_REVIEWS_EXPORTED'"
                + " AND actor_id IN (?, ?)", Long.class, s.target().adminLogin(), second.getUserId())).isEqualTo(2);
        assertThat(applicationRepository.findById(applicationId).orElseThrow().isPending()).isTrue();
    }

    private String codeSentTo(String mobile) {
        for (io.casehall.shared.notification.OutboxMessage message : outbox.findByRecipientOrderByIdDesc(mobile)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{6})").matcher(message.getBody());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    private Long batch(Scenario s) {
        return applications.applyForBatch(principal(s.source().adminLogin()), s.rule().getId(), null,
                ConversionCandidates.Filter.NONE).applicationId();
    }

    private long reviews(Long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cb_conversion_review r JOIN cb_conversion_item i"
                + " ON i.id = r.item_id WHERE i.application_id = ?", Long.class, applicationId);
    }

    private long institutionMessages(Long institutionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message m JOIN cb_user u ON u.user_id = m.user_id"
                + " WHERE u.institution_id = ?", Long.class, institutionId);
    }

    private InstitutionPrincipal principal(String login) {
        return directory.principalOf(directory.user(login).orElseThrow());
    }

    static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        RequestPostProcessor as) throws Exception {
        return mvc.perform(request.with(as)).andReturn().getResponse().getContentAsString();
    }

    private String follow(org.springframework.test.web.servlet.ResultActions post, RequestPostProcessor as)
            throws Exception {
        return followRedirect(post, as).andReturn().getResponse().getContentAsString();
    }
}
