package io.casehall.creditbank.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An institution user's own account over real HTTP: password change (code to their mobile; the engine's password, so
 * Tasklist too), phone change (codes to the old and the new number), the forgotten password, the dashboard's
 * counters and 机构信息 (edited by administrators only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class InstitutionAccountWebTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    IdentityService identityService;

    @Autowired
    InstitutionUserRepository users;

    @Autowired
    InstitutionRepository institutionRepository;

    @Autowired
    AchievementRepository achievements;

    @Autowired
    LearnerRepository learners;

    @Autowired
    LearnerAchievementRepository learnerAchievements;

    @Autowired
    JdbcTemplate jdbc;

    private Browser signedIn(String login, String password) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", password));
        assertThat(path(response)).isEqualTo("/institution");
        return browser;
    }

    private static String path(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + response.statusCode() + " " + response.body()))
                .replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
    }

    private String codeSentTo(String phone) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(phone)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + phone);
    }

    private int audits(String action, String objectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND object_id = ?",
                Integer.class, action, objectId);
    }

    @Test
    void aUserChangesTheirPasswordWithACodeToTheirOwnMobile() {
        TestInstitutions.Registered a = institutions.registered("湖南机电职业技术学院");
        Browser browser = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);
        String page = browser.get("/institution/account/password").body();
        assertThat(page).contains("原始密码", "新密码", "确认密码", "手机验证码")
                .contains("尾号为" + a.adminPhone().substring(7));

        browser.submitForm("/institution/account/password", "/institution/account/password",
                Map.of("action", "sendCode"));
        assertThat(browser.get("/institution/account/password").body()).contains("验证码已发送至尾号为");
        String code = codeSentTo(a.adminPhone());

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("oldPassword", "Wrong2026x");
        fields.put("newPassword", "Newpass2026");
        fields.put("confirmPassword", "Newpass2026");
        fields.put("code", code);
        fields.put("action", "confirm");
        assertThat(path(browser.submitForm("/institution/account/password", "/institution/account/password", fields)))
                .isEqualTo("/institution/account/password");
        assertThat(browser.get("/institution/account/password").body()).contains("密码不正确")
                .doesNotContain("Newpass2026");

        fields.put("oldPassword", TestInstitutions.PASSWORD);
        fields.put("newPassword", "short1");
        fields.put("confirmPassword", "short1");
        browser.submitForm("/institution/account/password", "/institution/account/password", fields);
        assertThat(browser.get("/institution/account/password").body()).contains("8-16");

        fields.put("newPassword", "Newpass2026");
        fields.put("confirmPassword", "Newpass2026");
        assertThat(path(browser.submitForm("/institution/account/password", "/institution/account/password", fields)))
                .isEqualTo("/institution/login?passwordChanged");
        // The engine's password: the old one no longer works, the new one does (Tasklist reads the same).
        assertThat(identityService.checkPassword(a.adminLogin(), TestInstitutions.PASSWORD)).isFalse();
        assertThat(identityService.checkPassword(a.adminLogin(), "Newpass2026")).isTrue();
        assertThat(path(browser.get("/institution"))).endsWith("/institution/login");
        signedIn(a.adminLogin(), "Newpass2026");
        assertThat(audits("INSTITUTION_PASSWORD_CHANGED", a.adminLogin())).isEqualTo(1);
    }

    @Test
    void aUserChangesTheirPhoneWithCodesToTheOldAndTheNewNumber() {
        TestInstitutions.Registered a = institutions.registered("湖南商务职业技术学院");
        Browser browser = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);
        String newPhone = UniqueData.mobile();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password", "");
        fields.put("oldCode", "");
        fields.put("newPhone", newPhone);
        fields.put("newCode", "");
        fields.put("action", "sendOld");
        browser.submitForm("/institution/account/phone", "/institution/account/phone", fields);
        String oldCode = codeSentTo(a.adminPhone());
        fields.put("action", "sendNew");
        browser.submitForm("/institution/account/phone", "/institution/account/phone", fields);
        String newCode = codeSentTo(newPhone);
        assertThat(browser.get("/institution/account/phone").body()).contains("value=\"" + newPhone + "\"");

        fields.put("password", TestInstitutions.PASSWORD);
        fields.put("oldCode", oldCode);
        fields.put("newCode", newCode.equals("000000") ? "111111" : "000000");
        fields.put("action", "confirm");
        browser.submitForm("/institution/account/phone", "/institution/account/phone", fields);
        assertThat(browser.get("/institution/account/phone").body()).contains("验证码错误")
                .contains("原手机号已验证").doesNotContain(TestInstitutions.PASSWORD);
        assertThat(users.findById(a.adminLogin()).orElseThrow().getPhone()).isEqualTo(a.adminPhone());

        fields.put("newCode", newCode);
        assertThat(path(browser.submitForm("/institution/account/phone", "/institution/account/phone", fields)))
                .isEqualTo("/institution/account/phone");
        assertThat(browser.get("/institution/account/phone").body()).contains("手机号已更换");
        assertThat(users.findById(a.adminLogin()).orElseThrow().getPhone()).isEqualTo(newPhone);
        assertThat(audits("INSTITUTION_PHONE_CHANGED", a.adminLogin())).isEqualTo(1);
    }

    @Test
    void aForgottenPasswordIsResetWithACodeToTheBoundMobile() {
        TestInstitutions.Registered a = institutions.registered("湖南汽车工程职业学院");
        Browser browser = new Browser(port);
        assertThat(browser.get("/institution/login").body()).contains("忘记密码");

        browser.submitForm("/institution/password/forgot", "/institution/password/forgot",
                Map.of("account", "nobody" + UniqueData.schoolCode()));
        assertThat(browser.get("/institution/password/forgot").body()).contains("无法通过手机找回密码");

        assertThat(path(browser.submitForm("/institution/password/forgot", "/institution/password/forgot",
                Map.of("account", a.adminLogin())))).isEqualTo("/institution/password/forgot/reset");
        String page = browser.get("/institution/password/forgot/reset").body();
        assertThat(page).contains("尾号为" + a.adminPhone().substring(7)).doesNotContain(a.adminPhone());

        browser.submitForm("/institution/password/forgot/reset", "/institution/password/forgot/reset",
                Map.of("action", "sendCode"));
        String code = codeSentTo(a.adminPhone());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("newPassword", "Reset20261");
        fields.put("confirmPassword", "Reset20262");
        fields.put("action", "reset");
        browser.submitForm("/institution/password/forgot/reset", "/institution/password/forgot/reset", fields);
        assertThat(browser.get("/institution/password/forgot/reset").body()).contains("两次输入的密码不一致")
                .contains("value=\"" + code + "\"");

        fields.put("confirmPassword", "Reset20261");
        assertThat(path(browser.submitForm("/institution/password/forgot/reset", "/institution/password/forgot/reset",
                fields))).isEqualTo("/institution/login?reset");
        signedIn(a.adminLogin(), "Reset20261");
        assertThat(audits("INSTITUTION_PASSWORD_RESET", a.adminLogin())).isEqualTo(1);
    }

    @Test
    void theDashboardCountsTheInstitutionsAchievementsAndLinksToTheLists() {
        TestInstitutions.Registered a = institutions.registered("湖南环境生物职业技术学院");
        TestInstitutions.Registered other = institutions.registered("湖南网络工程职业学院");
        Achievement degree = achievement(a, "计算机应用技术毕业证书", AchievementSubtype.VOCATIONAL_CERTIFICATE);
        Achievement skill = achievement(a, "Web前端开发职业技能等级证书", AchievementSubtype.SKILL_LEVEL_X);
        achievement(a, "数控车工", AchievementSubtype.NATIONAL_QUALIFICATION);
        achievement(other, "别校证书", AchievementSubtype.VOCATIONAL_CERTIFICATE);
        learnerAchievement(a, degree);
        learnerAchievement(a, degree);
        learnerAchievement(a, skill);
        LearnerAchievement withdrawn = learnerAchievement(a, skill);
        withdrawn.withdraw("录入错误", null, a.adminLogin(), Instant.now());
        learnerAchievements.save(withdrawn);

        String page = signedIn(a.adminLogin(), TestInstitutions.PASSWORD).get("/institution").body();
        assertThat(page).contains("服务入口", "存储机构成果", "查看学员成果", "账户概况", "发布转换规则", "rule-counters");
        String counters = page.substring(page.indexOf("achievement-counters"), page.indexOf("learner-counters"));
        assertThat(counters.replaceAll("\\s+", " ")).contains("<span class=\"value\">3</span>")
                .contains("<span class=\"value\">2</span>").contains("<span class=\"value\">1</span>")
                .contains("/institution/achievements?category=DEGREE")
                .contains("/institution/achievements?category=NON_DEGREE");
        String learnerCounters = page.substring(page.indexOf("learner-counters"));
        learnerCounters = learnerCounters.substring(0, learnerCounters.indexOf("</section>"));
        assertThat(learnerCounters.replaceAll("\\s+", " ")).contains("<span class=\"value\">3</span>")
                .contains("<span class=\"value\">1</span>").contains("<span class=\"value\">2</span>")
                .contains("/institution/learner-achievements?category=DEGREE");
    }

    @Test
    void administratorsEditTheInstitutionsInformationOthersOnlySeeIt() {
        TestInstitutions.Registered a = institutions.registered("湖南交通职业技术学院");
        Browser admin = signedIn(a.adminLogin(), TestInstitutions.PASSWORD);
        String page = admin.get("/institution/profile").body();
        assertThat(page).contains("账户信息", "修改密码", "院校标识码", a.institution().getSchoolCode(), "李校长")
                .contains("/institution/profile/edit");
        assertThat(admin.get("/institution/profile/edit").body()).contains("value=\"李校长\"", "经营范围");

        Map<String, String> fields = details(a.adminPhone());
        fields.put("postalCode", "4100");
        fields.put("legalRepresentative", "赵校长");
        assertThat(path(admin.submitForm("/institution/profile/edit", "/institution/profile", fields)))
                .isEqualTo("/institution/profile/edit");
        assertThat(admin.get("/institution/profile/edit").body()).contains("邮政编码应为6位数字")
                .contains("value=\"赵校长\"");
        fields.put("postalCode", "410001");
        assertThat(path(admin.submitForm("/institution/profile/edit", "/institution/profile", fields)))
                .isEqualTo("/institution/profile");
        assertThat(admin.get("/institution/profile").body()).contains("机构信息已保存", "赵校长", "410001");
        assertThat(audits("INSTITUTION_DETAILS_CHANGED", String.valueOf(a.institution().getId()))).isEqualTo(1);

        InstitutionUser sub = institutions.subUser(a, "钱老师", List.of());
        Browser plain = signedIn(sub.getUserId(), TestInstitutions.PASSWORD);
        page = plain.get("/institution/profile").body();
        assertThat(page).contains("赵校长").doesNotContain("/institution/profile/edit");
        assertThat(path(plain.get("/institution/profile/edit"))).isEqualTo("/institution/profile");
        fields.put("legalRepresentative", "孙校长");
        assertThat(path(plain.submitForm("/institution/profile", "/institution/profile", fields)))
                .isEqualTo("/institution/profile");
        assertThat(plain.get("/institution/profile").body()).contains("只有本机构的管理员可以修改机构信息");
        assertThat(institutionRepository.findById(a.institution().getId()).orElseThrow().details()
                .legalRepresentative()).isEqualTo("赵校长");
    }

    private static Map<String, String> details(String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supervisingUnit", "湖南省教育厅");
        fields.put("creditCode", "");
        fields.put("schoolType", "高职（专科）");
        fields.put("legalRepresentative", "李校长");
        fields.put("contactName", "王老师");
        fields.put("contactPhone", phone);
        fields.put("contactEmail", "office@example.cn");
        fields.put("postalCode", "410000");
        fields.put("address", "长沙市岳麓区学府路1号");
        fields.put("businessScope", "高等职业教育");
        fields.put("introduction", "");
        return fields;
    }

    private Achievement achievement(TestInstitutions.Registered institution, String name, AchievementSubtype subtype) {
        AchievementData data = new AchievementData(name, subtype, "发证机构", "三年制", null, null, "计算机应用技术",
                "510201", "毕业", new BigDecimal("3"), null, null, new BigDecimal("120"), LocalDate.of(2024, 6, 30), "简介");
        return achievements.save(new Achievement(institution.institution().getId(), data, institution.adminLogin(),
                Instant.now()));
    }

    private LearnerAchievement learnerAchievement(TestInstitutions.Registered institution, Achievement achievement) {
        Learner learner = learners.save(new Learner(institution.institution().getId(), "学员",
                TestIdNumbers.next(), Instant.now()));
        return learnerAchievements.save(new LearnerAchievement(achievement, learner, "P" + UniqueData.studentNo(),
                LocalDate.of(2024, 6, 30), 2024, institution.adminLogin(), Instant.now()));
    }
}
