package io.casehall.account;

import io.casehall.support.MutableClock;
import static io.casehall.account.CodePurpose.REGISTER;
import static io.casehall.account.CodePurpose.RESET_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.shared.notification.NotificationService;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one-time code rules, with a clock the test moves. The service is built by hand around the real
 * repository, so the application's own clock stays untouched for every other test.
 */
class VerificationCodeServiceTest extends IntegrationTest {

    private final VerificationCodeRepository repository;
    private final PasswordEncoder encoder;

    @Autowired
    VerificationCodeServiceTest(VerificationCodeRepository repository,
            PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
    private final CapturingNotifications sent = new CapturingNotifications();
    private VerificationCodeService codes;
    private String target;

    @BeforeEach
    void setUp() {
        codes = new VerificationCodeService(repository, encoder, sent, clock, 10, 60, 5, 10);
        target = UniqueData.mobile();
    }

    private String send() {
        codes.send(REGISTER, target, Locale.SIMPLIFIED_CHINESE);
        return sent.lastCode();
    }

    private static void refused(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOf(VerificationCodeException.class)
                .satisfies(e -> {
                    VerificationCodeException refusal = (VerificationCodeException) e;
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.args()).containsExactly(args);
                });
    }

    @Test
    void parallelGuessesCannotShareATry() throws Exception {
        String right = send();
        String wrong = right.equals("000000") ? "111111" : "000000";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Callable<String>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(() -> {
                    try {
                        codes.verify(REGISTER, target, wrong);
                        return "accepted";
                    } catch (VerificationCodeException refusal) {
                        return refusal.messageKey();
                    }
                });
            }
            java.util.List<String> outcomes = new java.util.ArrayList<>();
            for (var outcome : pool.invokeAll(guesses)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).doesNotContain("accepted");
            assertThat(outcomes.stream().filter("code.wrong"::equals).count()).isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        refused(() -> codes.verify(REGISTER, target, right), "code.tooManyAttempts");
    }

    @Test
    void aCodeIsUsedOnceEvenWhenSentTwiceAtTheSameMoment() throws Exception {
        String right = send();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Boolean> use = () -> {
                try {
                    codes.verify(REGISTER, target, right);
                    return true;
                } catch (VerificationCodeException refusal) {
                    return false;
                }
            };
            long accepted = 0;
            for (var outcome : pool.invokeAll(java.util.List.of(use, use))) {
                accepted += outcome.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sendsSixRandomDigitsAndStoresOnlyTheHash() {
        String code = send();
        assertThat(code).matches("\\d{6}");
        assertThat(sent.targets).containsExactly(target);
        assertThat(sent.validMinutes).containsExactly(10);
        VerificationCode stored = repository.findFirstByPurposeAndTargetOrderByIdDesc(REGISTER, target).orElseThrow();
        assertThat(stored.getCodeHash()).startsWith("$2").doesNotContain(code);
        assertThat(stored.getExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.send(REGISTER, UniqueData.mobile(), Locale.SIMPLIFIED_CHINESE);
            many.add(sent.lastCode());
        }
        assertThat(many).allMatch(c -> c.matches("\\d{6}"));
        assertThat(many.stream().distinct().count()).isGreaterThan(15);
    }

    @Test
    void aCodeIsGoodOnce() {
        String code = send();
        assertThatCode(() -> codes.verify(REGISTER, target, " " + code + " ")).doesNotThrowAnyException();
        refused(() -> codes.verify(REGISTER, target, code), "code.used");
    }

    @Test
    void aCodeIsGoodForItsPurposeAndAddressOnly() {
        String code = send();
        refused(() -> codes.verify(RESET_PASSWORD, target, code), "code.none");
        refused(() -> codes.verify(REGISTER, UniqueData.mobile(), code), "code.none");
        assertThatCode(() -> codes.verify(REGISTER, target, code)).doesNotThrowAnyException();
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = send();
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        refused(() -> codes.verify(REGISTER, target, wrongOf(code)), "code.wrong", 4);
        clock.advance(Duration.ofSeconds(1));
        refused(() -> codes.verify(REGISTER, target, code), "code.expired");
    }

    @Test
    void theLifetimeIsConfigurableButNeverLongerThanTenMinutes() {
        VerificationCodeService shorter = new VerificationCodeService(repository, encoder, sent, clock, 3, 60, 5, 10);
        assertThat(shorter.validMinutes()).isEqualTo(3);
        assertThat(shorter.send(REGISTER, target, Locale.ENGLISH)).isEqualTo(3);
        String code = sent.lastCode();
        clock.advance(Duration.ofMinutes(3));
        refused(() -> shorter.verify(REGISTER, target, code), "code.expired");

        assertThat(new VerificationCodeService(repository, encoder, sent, clock, 30, 60, 5, 10).validMinutes()).isEqualTo(10);
    }

    @Test
    void aNewCodeWaitsForTheCoolDownAndReplacesTheOldOne() {
        String first = send();
        clock.advance(Duration.ofSeconds(15));
        refused(this::send, "code.cooldown", 45L);
        assertThat(codes.secondsUntilResend(REGISTER, target)).isEqualTo(45);
        clock.advance(Duration.ofMillis(44_500));
        refused(this::send, "code.cooldown", 1L);
        clock.advance(Duration.ofMillis(500));
        assertThat(codes.secondsUntilResend(REGISTER, target)).isZero();

        String second = send();
        assertThat(sent.targets).hasSize(2);
        if (!second.equals(first)) {
            refused(() -> codes.verify(REGISTER, target, first), "code.wrong", 4);
        }
        assertThatCode(() -> codes.verify(REGISTER, target, second)).doesNotThrowAnyException();
        // The cool-down is per purpose: a reset code may go to the same address at once.
        assertThatCode(() -> codes.send(RESET_PASSWORD, target, Locale.SIMPLIFIED_CHINESE)).doesNotThrowAnyException();
    }

    @Test
    void fiveWrongTriesVoidTheCode() {
        String code = send();
        for (int left = 4; left >= 1; left--) {
            refused(() -> codes.verify(REGISTER, target, wrongOf(code)), "code.wrong", left);
        }
        refused(() -> codes.verify(REGISTER, target, "abc"), "code.tooManyAttempts");
        refused(() -> codes.verify(REGISTER, target, code), "code.tooManyAttempts");
        assertThat(repository.findFirstByPurposeAndTargetOrderByIdDesc(REGISTER, target).orElseThrow().getStatus())
                .isEqualTo(VerificationCode.Status.VOID);

        clock.advance(Duration.ofMinutes(1));
        String fresh = send();
        assertThatCode(() -> codes.verify(REGISTER, target, fresh)).doesNotThrowAnyException();
    }

    @Test
    void anAddressGetsAtMostTenCodesADay() {
        for (int i = 0; i < 10; i++) {
            send();
            clock.advance(Duration.ofMinutes(2));
        }
        refused(this::send, "code.dailyLimit");
        assertThatCode(() -> codes.send(RESET_PASSWORD, target, Locale.SIMPLIFIED_CHINESE)).doesNotThrowAnyException();
        clock.advance(Duration.ofHours(24));
        String again = send();
        assertThatCode(() -> codes.verify(REGISTER, target, again)).doesNotThrowAnyException();
    }

    @Test
    void noCodeRequestedIsSaidSo() {
        refused(() -> codes.verify(REGISTER, target, "123456"), "code.none");
        refused(() -> codes.verify(REGISTER, target, null), "code.none");
    }

    @Test
    void blankOrMalformedInputCountsAsAWrongTry() {
        String code = send();
        refused(() -> codes.verify(REGISTER, target, null), "code.wrong", 4);
        refused(() -> codes.verify(REGISTER, target, "12345"), "code.wrong", 3);
        refused(() -> codes.verify(REGISTER, target, "1234567"), "code.wrong", 2);
        assertThatCode(() -> codes.verify(REGISTER, target, code)).doesNotThrowAnyException();
    }

    private static String wrongOf(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** Keeps the codes instead of sending them. */
    static final class CapturingNotifications extends NotificationService {
        final List<String> targets = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        final List<Integer> validMinutes = new ArrayList<>();

        CapturingNotifications() {
            super(null, null, null, null, null, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        }

        @Override
        public void sendCode(String target, String code, int minutes, Locale locale) {
            targets.add(target);
            codes.add(code);
            validMinutes.add(minutes);
        }

        String lastCode() {
            return codes.get(codes.size() - 1);
        }
    }
}
