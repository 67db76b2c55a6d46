package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.RegistrationTest.Portal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Applicant login: by mobile or e-mail, lockout after repeated wrong passwords, the typed name kept. */
class LoginTest extends IntegrationTest {

    static final String PASSWORD = "Login2026ok";

    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder encoder;

    @Autowired
    LoginTest(ApplicantAccountRepository accounts,
            PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    private ApplicantAccount account(String mobile, String email) {
        return accounts.save(new ApplicantAccount("钱多多", mobile, email, encoder.encode(PASSWORD), Instant.now()));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String mobile = UniqueData.mobile();
        ApplicantAccount account = account(mobile, null);
        Portal portal = new Portal(mvc);

        for (int i = 1; i <= 4; i++) {
            assertThat(portal.login(mobile, "Wrong" + i + "pass").redirect()).isEqualTo("/login?error");
        }
        // Locked now, but it reads as any failed sign-in: an unknown user name gets the same answer.
        assertThat(portal.login(mobile, "Wrong5pass").redirect()).isEqualTo("/login?error");
        assertThat(portal.get("/login?error").body()).contains("账号或密码错误", "连续输错 5 次将临时锁定 15 分钟");

        assertThat(portal.login(mobile, PASSWORD).redirect()).isEqualTo("/login?error");
        ApplicantAccount locked = accounts.findById(account.getId()).orElseThrow();
        assertThat(locked.getLockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60));
        assertThat(portal.get("/home").redirect()).endsWith("/login");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        String email = UniqueData.email();
        ApplicantAccount account = account(null, email);
        Portal portal = new Portal(mvc);

        for (int i = 1; i <= 4; i++) {
            assertThat(portal.login(email, "Wrong" + i + "pass").redirect()).isEqualTo("/login?error");
        }
        assertThat(accounts.findById(account.getId()).orElseThrow().getFailedLogins()).isEqualTo(4);
        assertThat(portal.login(email.toUpperCase(), PASSWORD).redirect()).isEqualTo("/home");
        assertThat(accounts.findById(account.getId()).orElseThrow().getFailedLogins()).isZero();

        Portal again = new Portal(mvc);
        for (int i = 1; i <= 4; i++) {
            assertThat(again.login(email, "Wrong" + i + "pass").redirect()).isEqualTo("/login?error");
        }
        assertThat(again.login(email, PASSWORD).redirect()).isEqualTo("/home");
    }

    @Test
    void theLoginPageKeepsTheTypedUserName() throws Exception {
        String mobile = UniqueData.mobile();
        account(mobile, null);
        Portal portal = new Portal(mvc);
        assertThat(portal.login(mobile, "NotIt2026").redirect()).isEqualTo("/login?error");
        String page = portal.get("/login?error").body();
        assertThat(page).contains("账号或密码错误，请重新输入。").contains("value=\"" + mobile + "\"")
                .doesNotContain("NotIt2026");
    }

    @Test
    void anUnknownUserLooksLikeAWrongPassword() throws Exception {
        Portal portal = new Portal(mvc);
        assertThat(portal.login(UniqueData.mobile(), PASSWORD).redirect()).isEqualTo("/login?error");
        assertThat(portal.login("", "").redirect()).isEqualTo("/login?error");
    }

    @Test
    void theVerifiedIdNumberIsAUserNameToo() throws Exception {
        ApplicantAccount account = account(UniqueData.mobile(), null);
        String idNumber = io.casehall.support.TestIdNumbers.next();
        account.realNameVerified(idNumber, UniqueData.studentNo());
        accounts.save(account);
        assertThat(new Portal(mvc).login(idNumber, PASSWORD).redirect()).isEqualTo("/home");
    }
}
