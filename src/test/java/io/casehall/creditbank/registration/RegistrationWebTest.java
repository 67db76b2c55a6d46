package io.casehall.creditbank.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.InstitutionStatus;
import io.casehall.creditbank.School;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * 注册院校用户 over real HTTP: step 1 with its SMS code, steps 2 and 3 (draft, then submit), step 4 and signing in;
 * every refusal keeps what was typed (never the passwords) and says what is wrong; unfinished registrations are
 * sent back to their step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class RegistrationWebTest {

    static final String PASSWORD = "Campus2026";
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    InstitutionRepository institutionRepository;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, String> step1(School school, String phone, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("departmentCode", school.getDepartmentCode());
        fields.put("schoolCode", school.getSchoolCode());
        fields.put("typedCode", school.getSchoolCode());
        fields.put("password", PASSWORD);
        fields.put("confirmPassword", PASSWORD);
        fields.put("phone", phone);
        fields.put("code", code);
        fields.put("agree", "true");
        fields.put("action", "register");
        return fields;
    }

    private HttpResponse<String> post(Browser browser, String page, Map<String, String> fields) {
        return browser.submitForm(page, page, fields);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + response.statusCode() + " " + response.body()));
    }

    private static String path(HttpResponse<String> response) {
        return location(response).replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
    }

    private String sendCode(Browser browser, School school, String phone) {
        Map<String, String> fields = step1(school, phone, "");
        fields.put("action", "sendCode");
        HttpResponse<String> sent = post(browser, "/institution/register", fields);
        assertThat(path(sent)).isEqualTo("/institution/register");
        String page = browser.get("/institution/register").body();
        assertThat(page).contains("验证码已发送至");
        assertThat(page).contains("value=\"" + phone + "\"").doesNotContain(PASSWORD);
        return codeSentTo(phone);
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

    /** Step 1 done: the browser is signed in as the registrant, at step 2. */
    private Browser registered(School school, String phone) {
        Browser browser = new Browser(port);
        String code = sendCode(browser, school, phone);
        HttpResponse<String> done = post(browser, "/institution/register", step1(school, phone, code));
        assertThat(path(done)).isEqualTo("/institution/setup/registrant");
        return browser;
    }

    private static Map<String, String> details(String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supervisingUnit", "湖南省教育厅");
        fields.put("creditCode", InstitutionDetailsForm.withCheckCharacter("12430000444885111"));
        fields.put("schoolType", "高职（专科）");
        fields.put("legalRepresentative", "李校长");
        fields.put("contactName", "王老师");
        fields.put("contactPhone", phone);
        fields.put("contactEmail", "office@example.cn");
        fields.put("postalCode", "410000");
        fields.put("address", "长沙市岳麓区学府路1号");
        fields.put("businessScope", "高等职业教育");
        fields.put("introduction", "");
        fields.put("action", "submit");
        return fields;
    }

    @Test
    void aSchoolRegistersStepByStepAndSignsIn() {
        School school = institutions.school("长沙民政职业技术学院");
        String phone = UniqueData.mobile();
        Browser browser = new Browser(port);

        // Without script: choosing the department sends the form back with its schools, typed values kept.
        Map<String, String> choose = step1(school, phone, "");
        choose.put("action", "department");
        choose.put("typedCode", "12345");
        assertThat(path(post(browser, "/institution/register", choose))).isEqualTo("/institution/register");
        String page = browser.get("/institution/register").body();
        assertThat(page).contains("长沙民政职业技术学院").contains("value=\"12345\"").contains("value=\"" + phone + "\"");
        assertThat(browser.get("/institution/schools?department=" + school.getDepartmentCode()).body())
                .contains(school.getSchoolCode(), "长沙民政职业技术学院");
        assertThat(browser.get("/institution/register/agreement").body()).contains("学分银行注册协议");

        String code = sendCode(browser, school, phone);
        assertThat(path(post(browser, "/institution/register", step1(school, phone, code))))
                .isEqualTo("/institution/setup/registrant");

        // While unfinished, the institution space sends the registrant to the step to do.
        assertThat(path(browser.get("/institution"))).isEqualTo("/institution/setup/registrant");
        assertThat(path(browser.get("/institution/profile"))).isEqualTo("/institution/setup/registrant");
        assertThat(browser.get("/institution/setup/registrant").body()).contains("注册人信息", "身份证", "steps");

        // Step 2: a bad checksum is refused with the name kept.
        String good = TestIdNumbers.next();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        HttpResponse<String> refused = post(browser, "/institution/setup/registrant",
                Map.of("name", "张登记", "idNumber", bad));
        assertThat(path(refused)).isEqualTo("/institution/setup/registrant");
        page = browser.get("/institution/setup/registrant").body();
        assertThat(page).contains("校验位不正确").contains("value=\"张登记\"");
        assertThat(path(post(browser, "/institution/setup/registrant", Map.of("name", "张登记", "idNumber", good))))
                .isEqualTo("/institution/setup/details");

        // Step 3: missing required details are refused, typed ones kept; a draft keeps the status.
        Map<String, String> missing = details(phone);
        missing.put("contactName", "");
        missing.put("postalCode", "");
        assertThat(path(post(browser, "/institution/setup/details", missing))).isEqualTo("/institution/setup/details");
        page = browser.get("/institution/setup/details").body();
        assertThat(page).contains("此项为必填项").contains("value=\"李校长\"").contains("请按提示修改");

        Map<String, String> draft = details(phone);
        draft.put("address", "");
        draft.put("action", "save");
        assertThat(path(post(browser, "/institution/setup/details", draft))).isEqualTo("/institution/setup/details");
        assertThat(browser.get("/institution/setup/details").body()).contains("已保存").contains("value=\"李校长\"");
        Institution saved = institutionRepository.findBySchoolCode(school.getSchoolCode()).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(InstitutionStatus.DETAILS);
        assertThat(saved.details().legalRepresentative()).isEqualTo("李校长");

        // Finished at the next sign-in.
        Browser again = new Browser(port);
        HttpResponse<String> login = again.submitForm("/institution/login", "/institution/login",
                Map.of("username", school.getSchoolCode(), "password", PASSWORD));
        assertThat(path(login)).isEqualTo("/institution");
        assertThat(path(again.get("/institution"))).isEqualTo("/institution/setup/details");
        assertThat(path(post(again, "/institution/setup/details", details(phone)))).isEqualTo("/institution/setup/done");
        page = again.get("/institution/setup/done").body();
        assertThat(page).contains("登录机构空间").contains(school.getSchoolCode());
        assertThat(institutionRepository.findBySchoolCode(school.getSchoolCode()).orElseThrow().getStatus())
                .isEqualTo(InstitutionStatus.ACTIVE);
        assertThat(again.get("/institution").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND object_id = ?",
                Integer.class, "INSTITUTION_REGISTRATION_COMPLETED", String.valueOf(saved.getId()))).isEqualTo(1);

        // A second account for the same school is refused before a code is sent.
        Browser second = new Browser(port);
        Map<String, String> twice = step1(school, UniqueData.mobile(), "");
        twice.put("action", "sendCode");
        post(second, "/institution/register", twice);
        assertThat(second.get("/institution/register").body()).contains("已注册过账号").doesNotContain("验证码已发送至");
        twice.put("action", "register");
        twice.put("code", "123456");
        post(second, "/institution/register", twice);
        assertThat(second.get("/institution/register").body()).contains("已注册过账号");
    }

    @Test
    void badInputIsRefusedWithTheTypedValuesKept() {
        School school = institutions.school("湖南大众传媒职业技术学院");
        String phone = UniqueData.mobile();
        Browser browser = new Browser(port);

        Map<String, String> mismatch = step1(school, phone, "");
        mismatch.put("typedCode", "4199999999");
        mismatch.put("action", "sendCode");
        post(browser, "/institution/register", mismatch);
        String page = browser.get("/institution/register").body();
        assertThat(page).contains("学校代码与所选学校不一致").contains("value=\"4199999999\"")
                .doesNotContain("验证码已发送至");

        String code = sendCode(browser, school, phone);
        Map<String, String> again = step1(school, phone, "");
        again.put("action", "sendCode");
        post(browser, "/institution/register", again);
        assertThat(browser.get("/institution/register").body()).contains("秒后再获取验证码")
                .contains("value=\"" + phone + "\"");
        for (String[] weak : new String[][]{{"Ab12345", "8-16"}, {"abcdefghij", "同时包含字母和数字"},
                {"Abcdefgh123456789", "8-16"}}) {
            Map<String, String> fields = step1(school, phone, code);
            fields.put("password", weak[0]);
            fields.put("confirmPassword", weak[0]);
            assertThat(path(post(browser, "/institution/register", fields))).isEqualTo("/institution/register");
            page = browser.get("/institution/register").body();
            assertThat(page).contains(weak[1]).doesNotContain(weak[0]).contains("value=\"" + phone + "\"");
        }
        Map<String, String> differ = step1(school, phone, code);
        differ.put("confirmPassword", "Other2026x");
        post(browser, "/institution/register", differ);
        assertThat(browser.get("/institution/register").body()).contains("两次输入的密码不一致");

        Map<String, String> noAgree = step1(school, phone, code);
        noAgree.remove("agree");
        post(browser, "/institution/register", noAgree);
        assertThat(browser.get("/institution/register").body()).contains("请阅读并勾选同意");

        String wrong = code.equals("000000") ? "111111" : "000000";
        post(browser, "/institution/register", step1(school, phone, wrong));
        assertThat(browser.get("/institution/register").body()).contains("验证码错误");

        // The code expires.
        jdbc.update("UPDATE verification_code SET expires_at = ? WHERE target = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), phone);
        post(browser, "/institution/register", step1(school, phone, code));
        assertThat(browser.get("/institution/register").body()).contains("验证码已过期");
        assertThat(institutionRepository.existsBySchoolCode(school.getSchoolCode())).isFalse();
    }

    @Test
    void hostileInputComesBackAsAMessageNeverAServerError() {
        School school = institutions.school("湖南艺术职业学院");
        String phone = UniqueData.mobile();
        String huge = "长".repeat(3000);
        Browser browser = new Browser(port);
        Map<String, String> fields = step1(school, phone, "12\u0000");
        fields.put("departmentCode", huge);
        fields.put("typedCode", huge);
        fields.put("phone", "1" + huge);
        fields.put("agree", "maybe");
        HttpResponse<String> response = post(browser, "/institution/register", fields);
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(browser.get("/institution/register").statusCode()).isEqualTo(200);
        assertThat(browser.get("/institution/schools?department=" + "x".repeat(500)).body()).isEqualTo("[]");

        Browser registrant = registered(school, phone);
        response = post(registrant, "/institution/setup/registrant", Map.of("name", huge, "idNumber", huge));
        assertThat(path(response)).isEqualTo("/institution/setup/registrant");
        assertThat(registrant.get("/institution/setup/registrant").body()).contains("最多");
        post(registrant, "/institution/setup/registrant", Map.of("name", "张登记", "idNumber", TestIdNumbers.next()));
        Map<String, String> details = details(phone);
        details.put("introduction", huge);
        details.put("schoolType", "<script>");
        details.put("creditCode", "91350100M000100Y4X");
        assertThat(path(post(registrant, "/institution/setup/details", details))).isEqualTo("/institution/setup/details");
        String page = registrant.get("/institution/setup/details").body();
        assertThat(page).contains("请从列表中选择学校类型", "统一社会信用代码应为18位").doesNotContain("<script>");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        TestInstitutions.Registered a = institutions.registered("湖南化工职业技术学院");
        org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration = engineConfiguration;
        configuration.setLoginDelayBase(600);
        try {
            Browser browser = new Browser(port);
            for (int i = 0; i < 2; i++) {
                browser.submitForm("/institution/login", "/institution/login",
                        Map.of("username", a.adminLogin(), "password", "Wrong2026" + i));
            }
            HttpResponse<String> right = browser.submitForm("/institution/login", "/institution/login",
                    Map.of("username", a.adminLogin(), "password", TestInstitutions.PASSWORD));
            assertThat(path(right)).isEqualTo("/institution/login?locked");
            assertThat(browser.get("/institution/login?locked").body()).contains("账号已被临时锁定");
        } finally {
            configuration.setLoginDelayBase(0);
            identityService.unlockUser(a.adminLogin());
        }
        assertThat(path(new Browser(port).submitForm("/institution/login", "/institution/login",
                Map.of("username", a.adminLogin(), "password", TestInstitutions.PASSWORD)))).isEqualTo("/institution");
    }

    @Autowired
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
}
