package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** Many wrong passwords at once check no more passwords than the lockout allows. */
class LoginLockoutRaceTest extends IntegrationTest {

    private final ApplicantAuthenticationProvider provider;
    private final TestApplicants applicants;
    private final AccountService accounts;

    @Autowired
    LoginLockoutRaceTest(ApplicantAuthenticationProvider provider, TestApplicants applicants, AccountService accounts) {
        this.provider = provider;
        this.applicants = applicants;
        this.accounts = accounts;
    }

    @Test
    void parallelWrongPasswordsLockTheAccountAfterTheLimit() throws Exception {
        String mobile = accounts.get(applicants.create("冯杰").applicantId()).getMobile();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                attempts.add(() -> {
                    try {
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(mobile, "Wrong2026x"));
                        return "accepted";
                    } catch (AuthenticationException refused) {
                        return refused.getMessage();
                    }
                });
            }
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // Five passwords were checked (four plain failures, the fifth locks); every other attempt met the lock.
        assertThat(outcomes.stream().filter("login.failed"::equals).count()).isLessThanOrEqualTo(4);
        assertThat(outcomes).doesNotContain("accepted");
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(mobile, TestApplicants.PASSWORD)))
                .isInstanceOf(LockedException.class);
    }
}
