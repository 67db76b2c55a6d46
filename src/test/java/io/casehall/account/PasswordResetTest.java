package io.casehall.account;

import static io.casehall.account.RegistrationTest.codeSentTo;
import static io.casehall.account.RegistrationTest.wrong;
import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.RegistrationTest.Form;
import io.casehall.account.RegistrationTest.Page;
import io.casehall.account.RegistrationTest.Portal;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** 找回密码 in the seed's four steps, and every way of trying to get around them. */
class PasswordResetTest extends IntegrationTest {

    static final String OLD_PASSWORD = "Old2026pass";
    static final String NEW_PASSWORD = "New2026pass";
    /** casehall.reset.client-lookups-per-hour of the test profile. */
    static final int LOOKUPS_PER_HOUR = 100;

    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OutboxMessageRepository outbox;
    private final SessionRepository<? extends Session> sessions;
    private final JdbcTemplate jdbc;

    @Autowired
    PasswordResetTest(ApplicantAccountRepository accounts,
            PasswordEncoder encoder,
            OutboxMessageRepository outbox,
            SessionRepository<? extends Session> sessions,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.outbox = outbox;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    private ApplicantAccount account(String mobile, String email) {
        return accounts.save(new ApplicantAccount("刘洋", mobile, email, encoder.encode(OLD_PASSWORD), Instant.now()));
    }

    /** The captcha a person would read off the image. */
    private String captcha(Portal portal) throws Exception {
        String answer = portal.solveCaptcha(sessions);
        assertThat(answer).hasSize(4).doesNotContain("0", "O", "1", "I", "L");
        return answer;
    }

    private Page identify(Portal portal, String username) throws Exception {
        portal.get("/password/forgot");
        String answer = captcha(portal).toLowerCase(Locale.ROOT); // case does not matter
        return portal.post("/password/forgot", new Form().with("username", username).with("captcha", answer));
    }

    @Test
    void resetsByEmailEndToEndAndLiftsTheLock() throws Exception {
        String mobile = UniqueData.mobile();
        String email = "yanli" + UniqueData.mobile() + "i@example.cn";
        ApplicantAccount account = account(mobile, email);
        Portal lockedOut = new Portal(mvc);
        for (int i = 0; i < 5; i++) {
            lockedOut.login(mobile, "Wrong2026x");
        }
        assertThat(lockedOut.login(mobile, OLD_PASSWORD).redirect()).isEqualTo("/login?error");

        Portal portal = new Portal(mvc);
        assertThat(portal.get("/password/forgot").body()).contains("密码重置", "请输入用户名/证件号码", "看不清？换一张");
        assertThat(identify(portal, mobile).redirect()).isEqualTo("/password/method");

        String method = portal.get("/password/method").body();
        assertThat(method).contains("您正在为[刘*]找回密码，请选择验证方式")
                .contains("如果你的手机号" + mobile.substring(0, 3) + "****" + mobile.substring(7) + "还在正常使用，请选择此方式")
                .contains("如果你的邮箱y****i@example.cn还在正常使用，请选择此方式")
                .doesNotContain(mobile).doesNotContain(email).doesNotContain("刘洋");

        Page chosen = portal.post("/password/method", new Form().with("channel", "EMAIL"));
        assertThat(chosen.redirect()).isEqualTo("/password/code");
        String step3 = portal.get("/password/code").body();
        assertThat(step3).contains("已验证邮箱", "y****i@example.cn", "邮件验证码", "验证码已发送至 y****i@example.cn");
        String code = codeSentTo(outbox, email);

        assertThat(portal.post("/password/code", new Form().with("code", wrong(code)).with("action", "verify")).body())
                .contains("验证码错误，还可尝试 4 次。");
        assertThat(portal.post("/password/code", new Form().with("code", code).with("action", "verify")).redirect())
                .isEqualTo("/password/new");
        assertThat(portal.get("/password/new").body()).contains("设置新密码", "确认新密码", "8-20位字符，必须由数字、字母组成");

        Page done = portal.post("/password/new", new Form().with("password", NEW_PASSWORD)
                .with("confirmPassword", NEW_PASSWORD));
        assertThat(done.redirect()).isEqualTo("/login?reset");
        assertThat(portal.get("/login?reset").body()).contains("密码已重置，请使用新密码登录。", "value=\"" + mobile + "\"");

        ApplicantAccount changed = accounts.findById(account.getId()).orElseThrow();
        assertThat(encoder.matches(NEW_PASSWORD, changed.getPasswordHash())).isTrue();
        assertThat(changed.getLockedUntil()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET' AND object_id = ?",
                Integer.class, account.getId().toString())).isEqualTo(1);
        assertThat(outbox.findByRecipientOrderByIdDesc(email))
                .anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("密码已重置"))
                .allSatisfy(m -> assertThat(m.getBody()).doesNotContain(NEW_PASSWORD));

        assertThat(new Portal(mvc).login(mobile, OLD_PASSWORD).redirect()).isEqualTo("/login?error");
        assertThat(new Portal(mvc).login(mobile, NEW_PASSWORD).redirect()).isEqualTo("/home");
        // The flow is over: its last step cannot be replayed.
        assertThat(portal.post("/password/new", new Form().with("password", "Other2026x")
                .with("confirmPassword", "Other2026x")).redirect()).isEqualTo("/password/forgot");
    }

    @Test
    void resetsByMobileWithTheVerifiedIdNumberAsUserName() throws Exception {
        String mobile = UniqueData.mobile();
        ApplicantAccount account = account(mobile, null);
        String idNumber = TestIdNumbers.next();
        account.realNameVerified(idNumber, UniqueData.studentNo());
        accounts.save(account);

        Portal portal = new Portal(mvc);
        assertThat(identify(portal, idNumber).redirect()).isEqualTo("/password/method");
        String method = portal.get("/password/method").body();
        assertThat(method).contains("通过手机找回").doesNotContain("通过邮箱找回");
        assertThat(portal.post("/password/method", new Form().with("channel", "MOBILE")).redirect())
                .isEqualTo("/password/code");
        assertThat(portal.get("/password/code").body()).contains("已验证手机", "短信验证码");

        // Resending inside the cool-down is refused; the code already sent stays good.
        assertThat(portal.post("/password/code", new Form().with("action", "resend")).body())
                .containsPattern("请 (5\\d|60) 秒后再获取验证码。");
        String code = codeSentTo(outbox, mobile);
        assertThat(portal.post("/password/code", new Form().with("code", code)).redirect()).isEqualTo("/password/new");

        Page weak = portal.post("/password/new", new Form().with("password", "onlyletters")
                .with("confirmPassword", "onlyletters"));
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("密码必须同时包含字母和数字。");
        assertThat(portal.post("/password/new", new Form().with("password", NEW_PASSWORD)
                .with("confirmPassword", "Different2026")).body()).contains("两次输入的密码不一致。");
        assertThat(portal.post("/password/new", new Form().with("password", NEW_PASSWORD)
                .with("confirmPassword", NEW_PASSWORD)).redirect()).isEqualTo("/login?reset");
        assertThat(new Portal(mvc).login(idNumber, NEW_PASSWORD).redirect()).isEqualTo("/home");
    }

    @Test
    void aWrongCaptchaIsRefusedAndUsedUp() throws Exception {
        String mobile = UniqueData.mobile();
        account(mobile, null);
        Portal portal = new Portal(mvc);
        portal.get("/password/forgot");
        String answer = captcha(portal);

        Page wrongCaptcha = portal.post("/password/forgot", new Form().with("username", mobile).with("captcha", "XXXX"));
        assertThat(wrongCaptcha.status()).isEqualTo(200);
        assertThat(wrongCaptcha.body()).contains("验证码错误，请重新输入。").contains("value=\"" + mobile + "\"");
        // The answer was good for one try only.
        assertThat(portal.post("/password/forgot", new Form().with("username", mobile).with("captcha", answer)).body())
                .contains("验证码错误，请重新输入。");
        // An unknown user with a wrong captcha gets the same answer as a known one.
        captcha(portal);
        assertThat(portal.post("/password/forgot", new Form().with("username", UniqueData.mobile())
                .with("captcha", "XXXX")).body()).contains("验证码错误，请重新输入。").doesNotContain("未找到该用户");
        // Without loading an image there is nothing to answer.
        assertThat(new Portal(mvc).post("/password/forgot", new Form().with("username", mobile)
                .with("captcha", "ABCD")).body()).contains("验证码错误，请重新输入。");
    }

    @Test
    void anUnknownUserIsToldOnlyAfterTheCaptcha() throws Exception {
        Page unknown = identify(new Portal(mvc), UniqueData.mobile());
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("未找到该用户，请核对用户名/证件号码。");

        Page empty = new Portal(mvc).post("/password/forgot", new Form());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("请输入用户名/证件号码。", "请输入验证码。");
    }

    @Test
    void oneDeviceCanLookUpOnlySoManyUserNamesAnHour() throws Exception {
        String mobile = UniqueData.mobile();
        account(mobile, null);
        Portal device = new Portal(mvc).from("10.9." + (System.nanoTime() % 250) + ".8");
        for (int i = 0; i < LOOKUPS_PER_HOUR; i++) {
            device.post("/password/forgot", new Form().with("username", UniqueData.mobile()).with("captcha", "ZZZZ"));
        }
        Page refused = identify(device, mobile);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("此设备查询账户的次数过多，请 60 分钟后再试。")
                .doesNotContain("未找到该用户");
        assertThat(identify(new Portal(mvc), mobile).redirect()).isEqualTo("/password/method");
    }

    @Test
    void theStepsReadInEnglish() throws Exception {
        String mobile = UniqueData.mobile();
        account(mobile, "li" + UniqueData.mobile() + "@example.cn");
        Portal portal = new Portal(mvc);
        assertThat(portal.get("/password/forgot?lang=en").body()).contains("Reset password", "Hard to read?")
                .doesNotContain("??");
        String answer = captcha(portal);
        assertThat(portal.post("/password/forgot?lang=en", new Form().with("username", mobile).with("captcha", answer))
                .redirect()).isEqualTo("/password/method");
        assertThat(portal.get("/password/method?lang=en").body())
                .contains("You are resetting the password of [刘*]", "Verify by mobile", "Verify by e-mail")
                .doesNotContain("??");
        portal.post("/password/method?lang=en", new Form().with("channel", "MOBILE"));
        assertThat(portal.get("/password/code?lang=en").body()).contains("Verified mobile", "SMS code")
                .doesNotContain("??");
    }

    @Test
    void stepsCannotBeSkipped() throws Exception {
        Portal fresh = new Portal(mvc);
        Page skipped = fresh.post("/password/new", new Form().with("password", NEW_PASSWORD)
                .with("confirmPassword", NEW_PASSWORD));
        assertThat(skipped.redirect()).isEqualTo("/password/forgot");
        assertThat(fresh.get("/password/forgot").body()).contains("请从第一步开始找回密码。");
        assertThat(new Portal(mvc).get("/password/code").redirect()).isEqualTo("/password/forgot");
        assertThat(new Portal(mvc).get("/password/method").redirect()).isEqualTo("/password/forgot");
        assertThat(new Portal(mvc).post("/password/code", new Form().with("code", "123456")).redirect())
                .isEqualTo("/password/forgot");
        assertThat(new Portal(mvc).post("/password/method", new Form().with("channel", "MOBILE")).redirect())
                .isEqualTo("/password/forgot");

        // Having passed step 1 is not enough for step 3 or 4.
        String mobile = UniqueData.mobile();
        ApplicantAccount account = account(mobile, null);
        Portal portal = new Portal(mvc);
        assertThat(identify(portal, mobile).redirect()).isEqualTo("/password/method");
        assertThat(portal.post("/password/code", new Form().with("code", "123456")).redirect())
                .isEqualTo("/password/forgot");
        assertThat(identify(portal, mobile).redirect()).isEqualTo("/password/method");
        assertThat(portal.post("/password/new", new Form().with("password", NEW_PASSWORD)
                .with("confirmPassword", NEW_PASSWORD)).redirect()).isEqualTo("/password/forgot");
        assertThat(portal.get("/password/forgot").body()).contains("请从第一步开始找回密码。");
        assertThat(encoder.matches(OLD_PASSWORD, accounts.findById(account.getId()).orElseThrow().getPasswordHash()))
                .isTrue();

        // Nor can step 2 pick an address the account does not have.
        assertThat(identify(portal, mobile).redirect()).isEqualTo("/password/method");
        Page noEmail = portal.post("/password/method", new Form().with("channel", "EMAIL"));
        assertThat(noEmail.status()).isEqualTo(200);
        assertThat(noEmail.body()).contains("请选择验证方式。");
    }
}
