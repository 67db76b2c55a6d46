package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 个人注册 through HTTP: codes by SMS and e-mail, every refusal, and logging in afterwards. */
class RegistrationTest extends IntegrationTest {

    static final String PASSWORD = "Reg2026pass";
    /** casehall.codes.client-max-per-hour of the test profile. */
    static final int CODE_REQUESTS_PER_HOUR = 100;

    private final OutboxMessageRepository outbox;
    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;

    private final SessionRepository<? extends Session> sessions;

    @Autowired
    RegistrationTest(OutboxMessageRepository outbox,
            ApplicantAccountRepository accounts,
            PasswordEncoder encoder,
            JdbcTemplate jdbc,
            SessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    @Test
    void registersByMobileEndToEndAndLogsIn() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        assertThat(portal.get("/register").body()).contains("个人注册", "获取验证码", "我已阅读并同意《相关服务条款和隐私政策》");

        Page sent = portal.sendRegistrationCode(mobileForm("王小明", mobile, "", ""), sessions);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("已向 " + mobile.substring(0, 3) + "****" + mobile.substring(7) + " 发送验证码")
                .contains("value=\"王小明\"");
        String code = codeSentTo(outbox, mobile);

        Page registered = portal.post("/register", mobileForm("王小明", mobile, code, PASSWORD).with("action", "register"));
        assertThat(registered.redirect()).isEqualTo("/login?registered");
        assertThat(portal.get("/login?registered").body()).contains("注册成功，请登录。").contains("value=\"" + mobile + "\"");

        ApplicantAccount account = accounts.findByMobile(mobile).orElseThrow();
        assertThat(account.getFullName()).isEqualTo("王小明");
        assertThat(account.getEmail()).isNull();
        assertThat(account.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTERED' AND object_id = ?",
                Integer.class, account.getId().toString())).isEqualTo(1);
        List<OutboxMessage> toMobile = outbox.findByRecipientOrderByIdDesc(mobile);
        assertThat(toMobile).anySatisfy(m -> assertThat(m.getBody()).contains("您已成功注册", mobile).doesNotContain(PASSWORD));
        assertThat(toMobile).allSatisfy(m -> assertThat(m.getBody()).doesNotContain(PASSWORD));

        Portal later = new Portal(mvc);
        assertThat(later.login(mobile, PASSWORD).redirect()).isEqualTo("/home");
        assertThat(later.get("/home").body()).contains("王小明");
        assertThat(later.get("/messages").body()).contains("注册成功");
    }

    @Test
    void registersByEmailEndToEnd() throws Exception {
        String email = UniqueData.email();
        Portal portal = new Portal(mvc);
        Form form = new Form().with("fullName", "Anna Müller").with("verifyBy", "EMAIL").with("email", email.toUpperCase());

        Page sent = portal.sendRegistrationCode(form.copy(), sessions);
        assertThat(sent.body()).contains("已向 " + email.charAt(0) + "****");
        String code = codeSentTo(outbox, email);
        assertThat(outbox.findByRecipientOrderByIdDesc(email).get(0).getChannel()).isEqualTo("EMAIL");

        Page registered = portal.post("/register", form.copy().with("code", code).with("password", PASSWORD)
                .with("confirmPassword", PASSWORD).with("agree", "true").with("action", "register"));
        assertThat(registered.redirect()).isEqualTo("/login?registered");
        ApplicantAccount account = accounts.findByEmailIgnoreCase(email).orElseThrow();
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getMobile()).isNull();

        assertThat(new Portal(mvc).login(email, PASSWORD).redirect()).isEqualTo("/home");
    }

    @Test
    void aWrongCodeIsRefusedWithTheTriesLeft() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.sendRegistrationCode(mobileForm("李雷", mobile, "", ""), sessions);
        String code = codeSentTo(outbox, mobile);

        Page refused = portal.post("/register", mobileForm("李雷", mobile, wrong(code), PASSWORD));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("验证码错误，还可尝试 4 次。");
        assertThat(accounts.existsByMobile(mobile)).isFalse();

        // The right code still works afterwards.
        assertThat(portal.post("/register", mobileForm("李雷", mobile, code, PASSWORD)).redirect())
                .isEqualTo("/login?registered");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.sendRegistrationCode(mobileForm("韩梅梅", mobile, "", ""), sessions);
        String code = codeSentTo(outbox, mobile);
        jdbc.update("UPDATE verification_code SET expires_at = ? WHERE target = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), mobile);

        Page refused = portal.post("/register", mobileForm("韩梅梅", mobile, code, PASSWORD));
        assertThat(refused.body()).contains("验证码已过期，请重新获取。");
        assertThat(accounts.existsByMobile(mobile)).isFalse();
    }

    @Test
    void noCodeRequestedIsExplained() throws Exception {
        String mobile = UniqueData.mobile();
        Page refused = new Portal(mvc).post("/register", mobileForm("韩梅梅", mobile, "123456", PASSWORD));
        assertThat(refused.body()).contains("请先获取验证码。");
    }

    @Test
    void aSecondCodeMustWaitForTheCoolDown() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.sendRegistrationCode(mobileForm("赵六", mobile, "", ""), sessions);

        Page again = portal.sendRegistrationCode(mobileForm("赵六", mobile, "", ""), sessions);
        assertThat(again.body()).containsPattern("请 (5\\d|60) 秒后再获取验证码。").contains("value=\"赵六\"");
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).hasSize(1);
    }

    @Test
    void fiveWrongTriesVoidTheCodeUntilANewOneIsSent() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.sendRegistrationCode(mobileForm("孙七", mobile, "", ""), sessions);
        String code = codeSentTo(outbox, mobile);

        for (int left = 4; left >= 1; left--) {
            assertThat(portal.post("/register", mobileForm("孙七", mobile, wrong(code), PASSWORD)).body())
                    .contains("验证码错误，还可尝试 " + left + " 次。");
        }
        assertThat(portal.post("/register", mobileForm("孙七", mobile, wrong(code), PASSWORD)).body())
                .contains("验证码错误次数过多，该验证码已失效，请重新获取。");
        assertThat(portal.post("/register", mobileForm("孙七", mobile, code, PASSWORD)).body())
                .contains("验证码错误次数过多，该验证码已失效，请重新获取。");
        assertThat(accounts.existsByMobile(mobile)).isFalse();

        // Past the cool-down a new code can be requested, and it works.
        jdbc.update("UPDATE verification_code SET created_at = ? WHERE target = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(120)), mobile);
        portal.sendRegistrationCode(mobileForm("孙七", mobile, "", ""), sessions);
        String fresh = codeSentTo(outbox, mobile);
        assertThat(portal.post("/register", mobileForm("孙七", mobile, fresh, PASSWORD)).redirect())
                .isEqualTo("/login?registered");
    }

    @Test
    void whetherAnAddressHasAnAccountIsToldOnlyToItsOwner() throws Exception {
        String mobile = UniqueData.mobile();
        String email = UniqueData.email();
        accounts.save(new ApplicantAccount("周八", mobile, email, encoder.encode(PASSWORD), Instant.now()));
        String free = UniqueData.mobile();

        // Asking for a code reads the same for a registered and a free number ...
        Page taken = new Portal(mvc).sendRegistrationCode(mobileForm("周八", mobile, "", ""), sessions);
        Page untaken = new Portal(mvc).sendRegistrationCode(mobileForm("周八", free, "", ""), sessions);
        assertThat(okMessage(taken)).isEqualTo(okMessage(untaken).replace(masked(free), masked(mobile)))
                .contains("已向 " + masked(mobile) + " 发送验证码");
        assertThat(taken.body()).doesNotContain("已注册，请直接登录").doesNotContain("field-error");
        // ... but the owner of the registered number receives a notice, not a code.
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("已注册过账户", "忘记密码").doesNotContainPattern("\\d{6}"));

        // A guessed code is wrong as for any number; the cool-down and daily limit are the same too.
        assertThat(new Portal(mvc).post("/register", mobileForm("周八", mobile, "123456", PASSWORD)).body())
                .contains("验证码错误，还可尝试 4 次。").doesNotContain("该手机号码已注册");
        assertThat(new Portal(mvc).sendRegistrationCode(mobileForm("周八", mobile, "", ""), sessions).body())
                .containsPattern("请 (5\\d|60) 秒后再获取验证码。");
        assertThat(new Portal(mvc).sendRegistrationCode(new Form().with("fullName", "周八").with("verifyBy", "EMAIL")
                .with("email", email.toUpperCase()), sessions).body()).doesNotContain("该电子邮箱已注册");
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("已注册过账户"));
    }

    @Test
    void whoEnteredTheRightCodeLearnsTheNumberWasRegisteredMeanwhile() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.sendRegistrationCode(mobileForm("吴九", mobile, "", ""), sessions);
        String code = codeSentTo(outbox, mobile);
        accounts.save(new ApplicantAccount("吴九", mobile, null, encoder.encode(PASSWORD), Instant.now()));

        assertThat(portal.post("/register", mobileForm("吴九", mobile, code, PASSWORD)).body())
                .contains("该手机号码已注册，请直接登录或找回密码");
    }

    @Test
    void oneDeviceCanAskForOnlySoManyCodesAnHour() throws Exception {
        Portal device = new Portal(mvc).from("10.9." + (System.nanoTime() % 250) + ".7");
        device.get("/register");
        for (int i = 0; i < CODE_REQUESTS_PER_HOUR; i++) {
            device.post("/register", mobileForm("郑十", UniqueData.mobile(), "", "").with("action", "sendCode")
                    .with("captcha", "ZZZZ"));
        }
        String mobile = UniqueData.mobile();
        assertThat(device.sendRegistrationCode(mobileForm("郑十", mobile, "", ""), sessions).body())
                .contains("此设备获取验证码的次数过多，请 60 分钟后再试。");
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).isEmpty();
        // Another device is not held back.
        new Portal(mvc).sendRegistrationCode(mobileForm("郑十", mobile, "", ""), sessions);
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).hasSize(1);
    }

    private static String okMessage(Page page) {
        return String.valueOf(page.result().getModelAndView().getModel().get("okMessage"));
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    @Test
    void weakPasswordsAreRefused() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        assertThat(portal.post("/register", mobileForm("吴九", mobile, "123456", "abcdefgh")).body())
                .contains("密码必须同时包含字母和数字。");
        assertThat(portal.post("/register", mobileForm("吴九", mobile, "123456", "abc12")).body())
                .contains("密码长度应为8-20位。");
        assertThat(portal.post("/register", mobileForm("吴九", mobile, "123456", "密码abc12345")).body())
                .contains("密码只能由字母、数字和常用符号组成");
        assertThat(portal.post("/register", mobileForm("吴九", mobile, "123456", PASSWORD)
                .with("confirmPassword", PASSWORD + "x")).body())
                .contains("两次输入的密码不一致。");
        assertThat(accounts.existsByMobile(mobile)).isFalse();
    }

    @Test
    void anEmptyPostGetsMessagesNotAnError() throws Exception {
        Page empty = new Portal(mvc).post("/register", new Form());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("请输入真实姓名。", "请输入手机号码。", "请输入动态验证码。", "请设置密码。",
                "请再次输入密码。", "请阅读并同意《相关服务条款和隐私政策》。", "请根据提示修改标红的内容后重新提交。");

        Page nonsense = new Portal(mvc).post("/register", new Form().with("verifyBy", "FAX").with("agree", "maybe")
                .with("action", "sendCode"));
        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(nonsense.body()).contains("请选择验证方式。");

        Page badFormats = new Portal(mvc).post("/register", new Form().with("fullName", "X").with("mobile", "12345")
                .with("verifyBy", "MOBILE"));
        assertThat(badFormats.body()).contains("真实姓名应为2-30个字符。", "请输入正确的11位国（境）内手机号码。");
        Page badEmail = new Portal(mvc).post("/register", new Form().with("fullName", "张<script>")
                .with("email", "not-an-address").with("verifyBy", "EMAIL"));
        assertThat(badEmail.body()).contains("请输入正确的电子邮箱地址。", "真实姓名只能包含文字、空格和“·”。")
                .doesNotContain("张<script>");
    }

    @Test
    void whatWasTypedIsKeptButNeverThePasswords() throws Exception {
        String mobile = UniqueData.mobile();
        Page page = new Portal(mvc).post("/register", new Form().with("fullName", "阿依古丽·买买提")
                .with("verifyBy", "MOBILE").with("mobile", mobile).with("email", "kept@example.cn")
                .with("code", "12345").with("password", "Typed2026secret").with("confirmPassword", "Typed2026secret"));
        // Thymeleaf writes the middle dot as &middot;
        assertThat(page.body()).containsPattern("value=\"阿依古丽(·|&middot;)买买提\"").contains("value=\"" + mobile + "\"",
                "value=\"kept@example.cn\"", "value=\"12345\"").doesNotContain("Typed2026secret");
        assertThat(page.body()).contains("请阅读并同意《相关服务条款和隐私政策》。");
    }

    @Test
    void aSignedInApplicantIsSentHome() throws Exception {
        String mobile = UniqueData.mobile();
        accounts.save(new ApplicantAccount("郑十", mobile, null, encoder.encode(PASSWORD), Instant.now()));
        Portal portal = new Portal(mvc);
        portal.login(mobile, PASSWORD);
        assertThat(portal.get("/register").redirect()).isEqualTo("/home");
    }

    @Test
    void thePagesReadInEnglish() throws Exception {
        Portal portal = new Portal(mvc);
        assertThat(portal.get("/register?lang=en").body()).contains("Register now", "Get code", "Verify by")
                .doesNotContain("??");
        Page refused = portal.perform(MockMvcRequestBuilders.post("/register?lang=en").with(csrf()));
        assertThat(refused.body()).contains("Please enter your full name.", "Please choose a password.")
                .doesNotContain("??");
        assertThat(portal.get("/login?lang=en&error").body()).contains("Wrong account or password")
                .doesNotContain("??");
    }

    // ---- helpers shared by the account tests

    static Form mobileForm(String name, String mobile, String code, String password) {
        return new Form().with("fullName", name).with("verifyBy", "MOBILE").with("mobile", mobile).with("code", code)
                .with("password", password).with("confirmPassword", password).with("agree", "true");
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    /** The newest one-time code the outbox holds for the address. */
    static String codeSentTo(OutboxMessageRepository outbox, String address) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(address)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + address);
    }

    /** Form parameters in order. */
    @Test
    void theTermsTheApplicantAgreesToCanBeRead() throws Exception {
        Portal anonymous = new Portal(mvc);
        assertThat(anonymous.get("/register").body()).contains("href=\"/terms\"");
        Page terms = anonymous.get("/terms");
        assertThat(terms.status()).isEqualTo(200);
        assertThat(terms.body()).contains("相关服务条款和隐私政策", "敏感个人信息", "个人信息保护法");
        assertThat(anonymous.get("/terms?lang=en").body()).contains("Terms of Service and Privacy Policy")
                .doesNotContain("??");
    }

    @Test
    void noCodeIsSentWithoutTheCaptcha() throws Exception {
        String mobile = UniqueData.mobile();
        Portal portal = new Portal(mvc);
        portal.get("/register");

        Page missing = portal.post("/register", mobileForm("陈一", mobile, "", "").with("action", "sendCode"));
        assertThat(missing.body()).contains("请输入验证码。");
        Page wrong = portal.post("/register", mobileForm("陈一", mobile, "", "").with("action", "sendCode")
                .with("captcha", "ZZZZ"));
        assertThat(wrong.body()).contains("验证码错误，请重新输入。");
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).isEmpty();

        portal.sendRegistrationCode(mobileForm("陈一", mobile, "", ""), sessions);
        assertThat(outbox.findByRecipientOrderByIdDesc(mobile)).hasSize(1);
    }

    static final class Form {
        final Map<String, String> values = new LinkedHashMap<>();

        Form with(String name, String value) {
            values.put(name, value);
            return this;
        }

        Form copy() {
            Form copy = new Form();
            copy.values.putAll(values);
            return copy;
        }
    }

    record Page(int status, String redirect, String body, MvcResult result) {
    }

    /**
     * A browser on the portal: web sessions live in the database (Spring Session), so the session is the
     * {@code SESSION} cookie, carried from response to request.
     */
    static final class Portal {
        private final MockMvc mvc;
        private Cookie session;
        private String address;

        Portal(MockMvc mvc) {
            this.mvc = mvc;
        }

        /** The browser's network address (default: MockMvc's 127.0.0.1). */
        Portal from(String remoteAddress) {
            this.address = remoteAddress;
            return this;
        }

        Page get(String url) throws Exception {
            return perform(MockMvcRequestBuilders.get(url));
        }

        Page post(String url, Form form) throws Exception {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
            form.values.forEach(request::param);
            return perform(request);
        }

        Page login(String username, String password) throws Exception {
            return post("/login", new Form().with("username", username).with("password", password));
        }

        Page perform(MockHttpServletRequestBuilder request) throws Exception {
            if (address != null) {
                request.with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
            }
            if (session != null) {
                request.cookie(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            Cookie fresh = result.getResponse().getCookie("SESSION");
            if (fresh != null) {
                session = fresh.getMaxAge() == 0 ? null : fresh;
            }
            return new Page(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(),
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8), result);
        }

        /** Loads the captcha image, as the page does, and reads its answer from the web session. */
        String solveCaptcha(SessionRepository<? extends Session> sessions) throws Exception {
            Page image = get("/captcha");
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.result().getResponse().getContentType()).isEqualTo("image/png");
            assertThat(image.result().getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(image.result().getResponse().getHeader("Cache-Control")).contains("no-store");
            Session stored = sessions.findById(sessionId());
            CaptchaService.Challenge challenge = stored.getAttribute(CaptchaService.SESSION_ATTRIBUTE);
            return challenge.answer();
        }

        /** Presses 获取验证码 on the registration form, answering the captcha first. */
        Page sendRegistrationCode(Form form, SessionRepository<? extends Session> sessions) throws Exception {
            return post("/register", form.copy().with("action", "sendCode").with("captcha", solveCaptcha(sessions)));
        }

        /** The Spring Session id behind the cookie. */
        String sessionId() {
            if (session == null) {
                throw new AssertionError("no session yet");
            }
            return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        }
    }
}
