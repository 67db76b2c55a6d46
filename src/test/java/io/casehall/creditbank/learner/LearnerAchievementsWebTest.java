package io.casehall.creditbank.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.LearnerStatus;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 学员成果管理 over HTTP: storing one learner's achievement, the list's filters, withdrawing with a reason and a reason
 * file, the import with its refused rows, the guarded export, and the learner's own view in the portal.
 */
class LearnerAchievementsWebTest extends IntegrationTest {

    static final String BASE = "/institution/learner-achievements";
    static final String XLSX = LearnerAccountsWebTest.XLSX;

    @Autowired
    TestInstitutions institutions;
    @Autowired
    LearnerTestSupport support;
    @Autowired
    LearnerRepository learners;
    @Autowired
    LearnerAchievementRepository learnerAchievements;
    @Autowired
    LearnerAchievements service;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    JdbcTemplate jdbc;

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        return mvc.perform(request.with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String follow(ResultActions post, RequestPostProcessor as) throws Exception {
        return LearnerTestSupport.follow(mvc, post, as);
    }

    String store(RequestPostProcessor as, long achievementId, String name, String id, String no, String date)
            throws Exception {
        return follow(mvc.perform(post(BASE + "/store/" + achievementId).param("name", name).param("idNumber", id)
                .param("personalNo", no).param("issueDate", date).with(csrf()).with(as)), as);
    }

    static String no() {
        return "cs" + System.nanoTime();
    }

    @Test
    void aLearnersAchievementIsStoredWithItsRules() throws Exception {
        TestInstitutions.Registered a = institutions.registered("长沙理工大学城南学院");
        Achievement achievement = support.achievement(a, "经济统计学毕业证书(本科)");
        String id = LearnerTestSupport.idNumber();
        String no = no();

        String choose = page(get(BASE + "/store").param("name", "经济统计"), support.as(a));
        assertThat(choose).contains("选择机构成果", "经济统计学毕业证书(本科)", "/store/" + achievement.getId());
        String storePage = page(get(BASE + "/store/" + achievement.getId()), support.as(a));
        assertThat(storePage).contains("成果基本信息", "成果附属信息", "长沙理工大学", "经济统计学", "学历成果-新增学员",
                "个人成果编号", "颁证日期", "学员信息导入");

        String stored = store(support.as(a), achievement.getId(), "测试2", id, no, "2022-03-01");
        assertThat(stored).contains("已为学员 测试2 存储学员成果");
        assertThat(learners.findByInstitutionIdAndIdNumber(a.institution().getId(), id).orElseThrow().getStatus())
                .isEqualTo(LearnerStatus.INACTIVE);

        // The same personal number again, another name for the same ID number, a bad checksum, a missing field.
        String again = store(support.as(a), achievement.getId(), "测试2", id, no, "2022-03-01");
        assertThat(again).contains("个人成果编号 " + no + " 在本机构已被使用").contains("value=\"" + no + "\"");
        assertThat(store(support.as(a), achievement.getId(), "测试3", id, no(), "2022-03-01"))
                .contains("学员姓名“测试3”与本机构该身份证号的学员账户姓名“测试2”不一致");
        assertThat(store(support.as(a), achievement.getId(), "测试4", LearnerTestSupport.badChecksum(
                LearnerTestSupport.idNumber()), no(), "2022-03-01")).contains("证件号码校验位不正确");
        assertThat(store(support.as(a), achievement.getId(), "测试5", LearnerTestSupport.idNumber(), "", "2022-03-01"))
                .contains("请填写个人成果编号");
        assertThat(store(support.as(a), achievement.getId(), "测试5", LearnerTestSupport.idNumber(), no(), ""))
                .contains("请填写颁证日期");
        assertThat(learnerAchievements.count()).isPositive();

        // The list, its filters, and the detail.
        String list = page(get(BASE).param("learnerName", "测试"), support.as(a));
        assertThat(list).contains("经济统计学毕业证书(本科)", "学历成果", "普通高等教育学历证书", "测试2", "机构存储",
                id.substring(0, 4) + "**********" + id.substring(14)).doesNotContain(id);
        assertThat(page(get(BASE).param("learnerName", "试2"), support.as(a))).doesNotContain("测试2");
        assertThat(page(get(BASE).param("idNumber", id.toLowerCase()), support.as(a))).contains("测试2");
        assertThat(page(get(BASE).param("achievementName", "统计").param("category", "DEGREE"), support.as(a)))
                .contains("测试2");
        assertThat(page(get(BASE).param("category", "NON_DEGREE"), support.as(a))).doesNotContain("测试2");
        long learnerId = learners.findByInstitutionIdAndIdNumber(a.institution().getId(), id).orElseThrow().getId();
        assertThat(page(get(BASE).param("learnerId", String.valueOf(learnerId)), support.as(a)))
                .contains("当前只显示学员 测试2", "经济统计学毕业证书(本科)");
        assertThat(page(get(BASE).param("achievementId", String.valueOf(achievement.getId())), support.as(a)))
                .contains("当前只显示成果“经济统计学毕业证书(本科)”的学员成果", "测试2");
        LearnerAchievement la = learnerAchievements.findAll().stream().filter(x -> x.getPersonalNo().equals(no))
                .findFirst().orElseThrow();
        assertThat(page(get(BASE + "/" + la.getId()), support.as(a))).contains("成果详情", no, "2022-03-01", "机构存储");
    }

    @Test
    void learnerAchievementsAreWithdrawnWithAReasonAndAReasonFileAndStayListed() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南科技职业学院");
        InstitutionPrincipal me = support.principal(a.adminLogin());
        Achievement achievement = support.achievement(a, "植物保护与检疫技术毕业证书(高职)");
        LearnerAchievement one = service.store(me, achievement.getId(), new LearnerAchievements.NewEntry("撤回一",
                LearnerTestSupport.idNumber(), no(), LocalDate.of(2022, 3, 1)));
        LearnerAchievement two = service.store(me, achievement.getId(), new LearnerAchievements.NewEntry("撤回二",
                LearnerTestSupport.idNumber(), no(), LocalDate.of(2022, 3, 1)));
        String ids = "ids=" + one.getId() + "&ids=" + two.getId();

        assertThat(page(get(BASE + "/withdraw?" + ids), support.as(a))).contains("撤回学员成果", "撤回一", "撤回二",
                "撤回原因", "撤回原因文件");
        // No reason; no file; a file that is not what it says.
        String noReason = follow(mvc.perform(multipart(BASE + "/withdraw")
                .file(new MockMultipartFile("file", "原因.pdf", "application/pdf", TestFiles.pdf()))
                .param("ids", one.getId().toString(), two.getId().toString()).param("reason", " ")
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(noReason).contains("请填写撤回原因", "撤回一");
        String noFile = follow(mvc.perform(multipart(BASE + "/withdraw")
                .param("ids", one.getId().toString()).param("reason", "证书信息有误")
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(noFile).contains("请上传撤回原因文件", "证书信息有误");
        String fake = follow(mvc.perform(multipart(BASE + "/withdraw")
                .file(new MockMultipartFile("file", "原因.pdf", "application/pdf", "not a pdf".getBytes()))
                .param("ids", one.getId().toString()).param("reason", "证书信息有误")
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(fake).contains("原因.pdf");
        String tooLong = follow(mvc.perform(multipart(BASE + "/withdraw")
                .file(new MockMultipartFile("file", "原因.pdf", "application/pdf", TestFiles.pdf()))
                .param("ids", one.getId().toString()).param("reason", "长".repeat(501))
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(tooLong).contains("撤回原因不能超过 500 字");
        assertThat(learnerAchievements.findById(one.getId()).orElseThrow().isWithdrawn()).isFalse();

        String done = follow(mvc.perform(multipart(BASE + "/withdraw")
                .file(new MockMultipartFile("file", "原因.png", "image/png", TestFiles.png()))
                .param("ids", one.getId().toString(), two.getId().toString()).param("reason", "证书信息有误")
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(done).contains("已撤回 2 条学员成果", "撤回一", "撤回二", "已撤回");
        LearnerAchievement withdrawn = learnerAchievements.findById(one.getId()).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(LearnerAchievementStatus.WITHDRAWN);
        assertThat(withdrawn.getWithdrawReason()).isEqualTo("证书信息有误");
        assertThat(withdrawn.getWithdrawDocumentId()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action ="
                + " 'CREDITBANK_LEARNER_ACHIEVEMENT_WITHDRAWN' AND object_id IN (?, ?)", Integer.class,
                one.getId().toString(), two.getId().toString())).isEqualTo(2);
        assertThat(page(get(BASE + "/" + one.getId()), support.as(a))).contains("撤回信息", "证书信息有误");
        assertThat(mvc.perform(get(BASE + "/" + one.getId() + "/reason-file").with(support.as(a)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(TestFiles.png());
    }

    @Test
    void learnersOfAnAchievementAreImportedWithTheRefusedRowsAndTheirReasons() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南信息职业技术学院");
        InstitutionPrincipal me = support.principal(a.adminLogin());
        Achievement achievement = support.achievement(a, "作物生产技术学位证书(高职)");
        String takenNo = no();
        String known = LearnerTestSupport.idNumber();
        service.store(me, achievement.getId(), new LearnerAchievements.NewEntry("已有", known, takenNo,
                LocalDate.of(2021, 6, 30)));
        String good1 = LearnerTestSupport.idNumber();
        String good2 = LearnerTestSupport.idNumber();
        String n1 = no();
        String n2 = no();
        String n3 = no();
        byte[] file = LearnerTestSupport.xlsx(List.of("学员姓名", "身份证号", "个人成果编号", "颁证日期"), List.of(
                List.of("甲", good1, n1, "2022-03-01"),
                List.of("已有", known, n2, "2022-03-01"),
                List.of("乙", good2, n1, "2022-03-01"),
                List.of("丙", LearnerTestSupport.badChecksum(LearnerTestSupport.idNumber()), no(), "2022-03-01"),
                List.of("丁", LearnerTestSupport.idNumber(), takenNo, "2022-03-01"),
                List.of("别名", known, n3, "2022-03-01"),
                List.of("戊", LearnerTestSupport.idNumber(), no(), "2022-13-01")));
        String result = follow(mvc.perform(multipart(BASE + "/store/" + achievement.getId() + "/import")
                .file(new MockMultipartFile("file", "学员成果.xlsx", XLSX, file)).with(csrf()).with(support.as(a))),
                support.as(a));
        assertThat(result).contains("共 7 行", "成功导入 2 行", "未导入 5 行", "证件号码校验位不正确",
                "个人成果编号 " + takenNo + " 在本机构已被使用", "学员姓名“别名”与本机构该身份证号的学员账户姓名“已有”不一致",
                "颁证日期");
        assertThat(result).containsPattern("个人成果编号.{0,40}第 ?\\d+ ?行|重复");
        assertThat(learnerAchievements.existsByInstitutionIdAndPersonalNo(a.institution().getId(), n1)).isTrue();
        assertThat(learnerAchievements.existsByInstitutionIdAndPersonalNo(a.institution().getId(), n2)).isTrue();
        assertThat(learnerAchievements.existsByInstitutionIdAndPersonalNo(a.institution().getId(), n3)).isFalse();
        assertThat(learners.findByInstitutionIdAndIdNumber(a.institution().getId(), good1)).isPresent();
        assertThat(learners.findByInstitutionIdAndIdNumber(a.institution().getId(), good2)).isEmpty();

        assertThat(page(get(BASE + "/imports"), support.as(a))).contains("导入记录", "学员成果.xlsx");
        byte[] wrong = LearnerTestSupport.xlsx(List.of("学员姓名", "身份证号"), List.of(List.of("甲", good1)));
        String refused = follow(mvc.perform(multipart(BASE + "/store/" + achievement.getId() + "/import")
                .file(new MockMultipartFile("file", "学员.xlsx", XLSX, wrong)).with(csrf()).with(support.as(a))),
                support.as(a));
        assertThat(refused).contains("个人成果编号");
        assertThat(mvc.perform(get(BASE + "/import/template").with(support.as(a))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray().length).isGreaterThan(1000);
    }

    @Test
    void theExportOfSelectedOrFilteredRowsNeedsAFreshCode() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南外贸职业学院");
        InstitutionUser clerk = institutions.subUser(a, "导出员", List.of());
        InstitutionPrincipal me = support.principal(clerk.getUserId());
        Achievement achievement = support.achievement(a, "导出测试证书");
        LearnerAchievement one = service.store(me, achievement.getId(), new LearnerAchievements.NewEntry("导出一",
                LearnerTestSupport.idNumber(), no(), LocalDate.of(2022, 3, 1)));
        service.store(me, achievement.getId(), new LearnerAchievements.NewEntry("导出二",
                LearnerTestSupport.idNumber(), no(), LocalDate.of(2022, 3, 1)));
        RequestPostProcessor as = LearnerTestSupport.as(me);

        assertThat(page(get(BASE + "/export").param("achievementName", "导出测试"), as)).contains("共查询出 2 条数据");
        assertThat(page(get(BASE + "/export").param("ids", one.getId().toString()), as)).contains("已选择 1 条数据");
        assertThat(follow(mvc.perform(post(BASE + "/export").param("ids", one.getId().toString()).with(csrf())
                .with(as)), as)).contains("请先获取并填写手机验证码");
        follow(mvc.perform(post(BASE + "/export/code").param("ids", one.getId().toString()).with(csrf()).with(as)), as);
        String code = LearnerAccountsWebTest.codeSentTo(outbox, clerk.getPhone());
        assertThat(follow(mvc.perform(post(BASE + "/export").param("ids", one.getId().toString())
                .param("code", code.equals("000000") ? "111111" : "000000").with(csrf()).with(as)), as))
                .contains("验证码");
        MvcResult file = mvc.perform(post(BASE + "/export").param("achievementName", "导出测试").param("code", code)
                .with(csrf()).with(as)).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出测试证书");
        }
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action ="
                + " 'CREDITBANK_LEARNER_ACHIEVEMENTS_EXPORTED' AND actor_id = ?", String.class, clerk.getUserId()))
                .startsWith("count=2");
    }

    @Test
    void aPersonSeesInThePortalOnlyTheAchievementsOfTheirOwnActivatedAccounts() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南商务职业技术学院");
        TestInstitutions.Registered b = institutions.registered("湖南现代物流职业技术学院");
        String mine = LearnerTestSupport.idNumber();
        String theirs = LearnerTestSupport.idNumber();
        Achievement ofA = support.achievement(a, "我的证书A");
        Achievement ofB = support.achievement(b, "我的证书B");
        Achievement other = support.achievement(a, "别人的证书");
        String myNo = no();
        service.store(support.principal(a.adminLogin()), ofA.getId(), new LearnerAchievements.NewEntry("本人", mine,
                myNo, LocalDate.of(2022, 3, 1)));
        service.store(support.principal(b.adminLogin()), ofB.getId(), new LearnerAchievements.NewEntry("本人", mine,
                no(), LocalDate.of(2021, 3, 1)));
        service.store(support.principal(a.adminLogin()), other.getId(), new LearnerAchievements.NewEntry("别人",
                theirs, no(), LocalDate.of(2022, 3, 1)));

        ApplicantPrincipal me = applicants.create("本人");
        RequestPostProcessor portal = authentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
        assertThat(page(get("/achievements"), portal)).contains("我的学分银行成果", "暂无成果").doesNotContain("我的证书A");

        accounts.markRealNameVerified(me.applicantId(), mine, null);
        ApplicantPrincipal someoneElse = applicants.create("别人");
        accounts.markRealNameVerified(someoneElse.applicantId(), theirs, null);
        String page = page(get("/achievements"), portal);
        assertThat(page).contains("我的证书A", "我的证书B", myNo, "湖南商务职业技术学院", "湖南现代物流职业技术学院",
                "反馈问题", "学分银行成果").doesNotContain("别人的证书");
        LearnerAchievement myA = learnerAchievements.findAll().stream().filter(x -> x.getPersonalNo().equals(myNo))
                .findFirst().orElseThrow();
        assertThat(page).contains("/achievements/" + myA.getId() + "/feedback");
    }
}
