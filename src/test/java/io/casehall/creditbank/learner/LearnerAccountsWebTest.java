package io.casehall.creditbank.learner;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.LearnerStatus;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 学员账户管理 over HTTP: add, edit, delete, activation by real-name verification, import and the guarded export. */
class LearnerAccountsWebTest extends IntegrationTest {

    static final String BASE = "/institution/learners";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    @Autowired
    TestInstitutions institutions;
    @Autowired
    LearnerTestSupport support;
    @Autowired
    LearnerRepository learners;
    @Autowired
    LearnerAchievements learnerAchievements;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    JdbcTemplate jdbc;

    String page(String url, RequestPostProcessor as) throws Exception {
        return page(get(url), as);
    }

    String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                RequestPostProcessor as) throws Exception {
        return mvc.perform(request.with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String follow(ResultActions post, RequestPostProcessor as) throws Exception {
        return LearnerTestSupport.follow(mvc, post, as);
    }

    String add(RequestPostProcessor as, String name, String idNumber) throws Exception {
        return follow(mvc.perform(post(BASE + "/add").param("name", name).param("idNumber", idNumber).with(csrf())
                .with(as)), as);
    }

    Learner learner(TestInstitutions.Registered institution, String idNumber) {
        return learners.findByInstitutionIdAndIdNumber(institution.institution().getId(), idNumber).orElseThrow();
    }

    ApplicantPrincipal verifiedApplicant(String name, String idNumber) {
        ApplicantPrincipal applicant = applicants.create(name);
        accounts.markRealNameVerified(applicant.applicantId(), idNumber, null);
        return applicant;
    }

    static String codeSentTo(OutboxMessageRepository outbox, String mobile) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(mobile)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    @Test
    void aLearnerIsAddedNotActivatedAndListedMasked() throws Exception {
        TestInstitutions.Registered a = institutions.registered("长沙民政职业技术学院");
        String id = LearnerTestSupport.idNumber();
        String listed = add(support.as(a), "测试学历1", id.toLowerCase());
        assertThat(listed).contains("已添加学员 测试学历1", "测试学历1", id.substring(0, 4) + "**********" + id.substring(14),
                "未激活", "修改", "查看成果").doesNotContain(id);
        Learner learner = learner(a, id);
        assertThat(learner.getStatus()).isEqualTo(LearnerStatus.INACTIVE);
        assertThat(listed).contains("/institution/learner-achievements?learnerId=" + learner.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREDITBANK_LEARNER_ADDED'"
                + " AND object_id = ?", Integer.class, learner.getId().toString())).isEqualTo(1);

        // Filters: name prefix, ID number, year.
        assertThat(page(get(BASE).param("name", "测试学"), support.as(a))).contains("测试学历1");
        assertThat(page(get(BASE).param("name", "学历"), support.as(a))).doesNotContain("测试学历1");
        assertThat(page(BASE + "?idNumber=" + id.toLowerCase(), support.as(a))).contains("测试学历1");
        assertThat(page(BASE + "?year=2016", support.as(a))).doesNotContain("测试学历1");
    }

    @Test
    void aBadIdNumberOrASecondAccountForTheSameNumberIsRefusedKeepingWhatWasTyped() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南大众传媒职业技术学院");
        String id = LearnerTestSupport.idNumber();
        String bad = LearnerTestSupport.badChecksum(id);
        String refused = add(support.as(a), "王五", bad);
        assertThat(refused).contains("证件号码校验位不正确").contains("value=\"王五\"").contains("value=\"" + bad + "\"");
        assertThat(add(support.as(a), "", id)).contains("请填写学员姓名");
        add(support.as(a), "王五", id);
        assertThat(add(support.as(a), "王六", id)).contains("本机构已有身份证号为 " + id + " 的学员账户");
        assertThat(learners.findByIdNumber(id)).hasSize(1);
    }

    @Test
    void aLearnerIsActivatedWhenThePersonPassesRealNameVerificationAndThenCannotBeEdited() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南机电职业技术学院");
        TestInstitutions.Registered b = institutions.registered("湖南交通职业技术学院");
        String id = LearnerTestSupport.idNumber();
        add(support.as(a), "毕志刚", id);
        add(support.as(b), "毕志刚", id);
        Learner before = learner(a, id);
        assertThat(page(BASE + "/" + before.getId() + "/edit", support.as(a))).contains("value=\"毕志刚\"");

        ApplicantPrincipal person = verifiedApplicant("毕志刚", id);
        String mobile = accounts.get(person.applicantId()).getMobile();
        for (TestInstitutions.Registered institution : List.of(a, b)) {
            Learner after = learner(institution, id);
            assertThat(after.getStatus()).isEqualTo(LearnerStatus.ACTIVE);
            assertThat(after.getApplicantId()).isEqualTo(person.applicantId());
        }
        String listed = page(BASE, support.as(a));
        assertThat(listed).contains("已激活", mobile.substring(0, 3) + "****" + mobile.substring(7))
                .doesNotContain(mobile).doesNotContain("/institution/learners/" + before.getId() + "/edit");

        String refused = follow(mvc.perform(get(BASE + "/" + before.getId() + "/edit").with(support.as(a))),
                support.as(a));
        assertThat(refused).contains("已激活，其姓名和身份证号已由实名认证确认，不能修改");
        mvc.perform(post(BASE + "/" + before.getId() + "/edit").param("name", "毕志")
                .param("idNumber", id).with(csrf()).with(support.as(a))).andExpect(status().is3xxRedirection());
        assertThat(learner(a, id).getName()).isEqualTo("毕志刚");
    }

    @Test
    void aLearnerAddedAfterThePersonWasVerifiedIsActivatedAtOnce() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南化工职业技术学院");
        String id = LearnerTestSupport.idNumber();
        ApplicantPrincipal person = verifiedApplicant("李华", id);
        assertThat(add(support.as(a), "李华", id)).contains("账户状态：已激活");
        assertThat(learner(a, id).getApplicantId()).isEqualTo(person.applicantId());
    }

    @Test
    void anInactiveLearnerIsEditedAndItsAchievementsFollow() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南汽车工程职业学院");
        String id = LearnerTestSupport.idNumber();
        String corrected = LearnerTestSupport.idNumber();
        add(support.as(a), "张三", id);
        Learner learner = learner(a, id);
        String listed = follow(mvc.perform(post(BASE + "/" + learner.getId() + "/edit").param("name", "张叁")
                .param("idNumber", corrected).with(csrf()).with(support.as(a))), support.as(a));
        assertThat(listed).contains("学员信息已修改", "张叁");
        assertThat(learners.findById(learner.getId()).orElseThrow().getIdNumber()).isEqualTo(corrected);
        String refused = follow(mvc.perform(post(BASE + "/" + learner.getId() + "/edit").param("name", "张叁")
                .param("idNumber", LearnerTestSupport.badChecksum(corrected)).with(csrf()).with(support.as(a))),
                support.as(a));
        assertThat(refused).contains("证件号码校验位不正确", "value=\"" + LearnerTestSupport.badChecksum(corrected) + "\"");
    }

    @Test
    void onlyInactiveLearnersWithoutAchievementsAreDeletedAndTheOthersAreNamed() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南工程职业技术学院");
        InstitutionPrincipal me = support.principal(a.adminLogin());
        String free = LearnerTestSupport.idNumber();
        String active = LearnerTestSupport.idNumber();
        String busy = LearnerTestSupport.idNumber();
        add(support.as(a), "可删除", free);
        add(support.as(a), "已激活者", active);
        verifiedApplicant("已激活者", active);
        Achievement achievement = support.achievement(a, "经济统计学毕业证书(本科)");
        learnerAchievements.store(me, achievement.getId(), new LearnerAchievements.NewEntry("有成果", busy,
                "P" + System.nanoTime(), java.time.LocalDate.of(2022, 3, 1)));
        List<Long> ids = List.of(learner(a, free).getId(), learner(a, active).getId(), learner(a, busy).getId());

        String confirm = page(BASE + "/delete?ids=" + ids.get(0) + "&ids=" + ids.get(1) + "&ids=" + ids.get(2),
                support.as(a));
        assertThat(confirm).contains("您确定要删除选中的学员信息吗", "可删除", "已激活者：已激活的学员不能删除",
                "有成果：该学员已有学员成果，不能删除");
        String done = follow(mvc.perform(post(BASE + "/delete").param("ids", ids.stream().map(String::valueOf)
                .toArray(String[]::new)).with(csrf()).with(support.as(a))), support.as(a));
        assertThat(done).contains("已删除 1 名学员：可删除", "以下学员未删除", "已激活者", "有成果");
        assertThat(learners.findById(ids.get(0))).isEmpty();
        assertThat(learners.findById(ids.get(1))).isPresent();
        assertThat(learners.findById(ids.get(2))).isPresent();
        assertThat(follow(mvc.perform(get(BASE + "/delete").with(support.as(a))), support.as(a)))
                .contains("请先勾选学员");
    }

    @Test
    void learnersAreImportedWithTheRefusedRowsAndTheirReasons() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南水利水电职业技术学院");
        String existing = LearnerTestSupport.idNumber();
        add(support.as(a), "老学员", existing);
        String good1 = LearnerTestSupport.idNumber();
        String good2 = LearnerTestSupport.idNumber().replace('X', 'x');
        String bad = LearnerTestSupport.badChecksum(LearnerTestSupport.idNumber());
        byte[] file = LearnerTestSupport.xlsx(List.of("学员姓名", "身份证号"), List.of(
                List.of("新学员一", good1), List.of("新学员二", good2), List.of("校验错", bad),
                List.of("重复行", good1), List.of("老学员", existing), List.of("", LearnerTestSupport.idNumber())));
        assertThat(page(BASE + "/import", support.as(a))).contains("学员信息导入", "下载导入模板");
        String result = follow(mvc.perform(multipart(BASE + "/import")
                .file(new MockMultipartFile("file", "学员.xlsx", XLSX, file)).with(csrf()).with(support.as(a))),
                support.as(a));
        assertThat(result).contains("共 6 行", "成功导入 2 行", "未导入 4 行", "证件号码校验位不正确",
                "本机构已有身份证号为 " + existing + " 的学员账户", "学员姓名不能为空");
        assertThat(learners.findByInstitutionIdAndIdNumber(a.institution().getId(), good1)).isPresent();
        assertThat(learners.findByInstitutionIdAndIdNumber(a.institution().getId(), good2.toUpperCase())).isPresent();
        Long batchId = jdbc.queryForObject("SELECT MAX(id) FROM import_batch WHERE scope = ?", Long.class,
                "institution-" + a.institution().getId());
        MvcResult report = mvc.perform(get(BASE + "/imports/" + batchId + "/report").with(support.as(a)))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(5);
        }

        // A file of another template is refused as a whole.
        byte[] wrong = LearnerTestSupport.xlsx(List.of("姓名X", "证件"), List.of(List.of("甲", good1)));
        String refused = follow(mvc.perform(multipart(BASE + "/import")
                .file(new MockMultipartFile("file", "其他.xlsx", XLSX, wrong)).with(csrf()).with(support.as(a))),
                support.as(a));
        assertThat(refused).contains("学员姓名");
        assertThat(mvc.perform(get(BASE + "/import/template").with(support.as(a))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray().length).isGreaterThan(1000);
    }

    @Test
    void theExportNeedsAFreshCodeSentToTheUsersMobile() throws Exception {
        TestInstitutions.Registered a = institutions.registered("湖南铁路科技职业技术学院");
        String id = LearnerTestSupport.idNumber();
        add(support.as(a), "导出学员", id);
        String dialog = page(get(BASE + "/export").param("name", "导出"), support.as(a));
        assertThat(dialog).contains("共查询出 1 条数据", "尾号为" + a.adminPhone().substring(7), "获取验证码", "立即导出");

        String noCode = follow(mvc.perform(post(BASE + "/export").param("name", "导出").with(csrf())
                .with(support.as(a))), support.as(a));
        assertThat(noCode).contains("请先获取并填写手机验证码");
        String sent = follow(mvc.perform(post(BASE + "/export/code").param("name", "导出").with(csrf())
                .with(support.as(a))), support.as(a));
        assertThat(sent).contains("验证码已发送", "共查询出 1 条数据");
        String code = codeSentTo(outbox, a.adminPhone());
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        String wrong = follow(mvc.perform(post(BASE + "/export").param("name", "导出").param("code", wrongCode)
                .with(csrf()).with(support.as(a))), support.as(a));
        assertThat(wrong).contains("验证码");
        MvcResult file = mvc.perform(post(BASE + "/export").param("name", "导出").param("code", code).with(csrf())
                .with(support.as(a))).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出学员");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).doesNotContain(id);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREDITBANK_LEARNERS_EXPORTED'"
                + " AND object_id = ?", Integer.class, a.institution().getId().toString())).isEqualTo(1);
        // The code is used up.
        assertThat(follow(mvc.perform(post(BASE + "/export").param("name", "导出").param("code", code).with(csrf())
                .with(support.as(a))), support.as(a))).contains("验证码");
    }
}
