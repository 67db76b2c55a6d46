package io.casehall.account;

import io.casehall.shared.notification.NotificationService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes that prove an applicant owns a mobile number or an e-mail address.
 *
 * <ul>
 *   <li>drawn from {@link SecureRandom}, stored only as a BCrypt hash;</li>
 *   <li>valid for {@code casehall.codes.valid-minutes} (default and maximum 10);</li>
 *   <li>a new code for the same purpose and address waits {@code casehall.codes.resend-seconds}
 *       (default 60) and replaces the previous one;</li>
 *   <li>{@code casehall.codes.max-attempts} (default 5) wrong tries void the code;</li>
 *   <li>at most {@code casehall.codes.max-per-day} (default 10) codes go to one address for one purpose
 *       in 24 hours, which bounds guessing by resending and text-message flooding of one number;</li>
 *   <li>a code is good once.</li>
 * </ul>
 * Every method saves explicitly, so the rules hold with or without a surrounding transaction; a refused
 * code never rolls back the count of wrong tries.
 */
@Service
class VerificationCodeService {

    static final int MAX_VALID_MINUTES = 10;

    private final VerificationCodeRepository codes;
    private final PasswordEncoder encoder;
    private final NotificationService notifications;
    private final Clock clock;
    private final int validMinutes;
    private final int resendSeconds;
    private final int maxAttempts;
    private final int maxPerDay;
    private final SecureRandom random = new SecureRandom();

    VerificationCodeService(VerificationCodeRepository codes, PasswordEncoder encoder,
                            NotificationService notifications, Clock clock,
                            @Value("${casehall.codes.valid-minutes:10}") int validMinutes,
                            @Value("${casehall.codes.resend-seconds:60}") int resendSeconds,
                            @Value("${casehall.codes.max-attempts:5}") int maxAttempts,
                            @Value("${casehall.codes.max-per-day:10}") int maxPerDay) {
        this.codes = codes;
        this.encoder = encoder;
        this.notifications = notifications;
        this.clock = clock;
        this.validMinutes = Math.max(1, Math.min(MAX_VALID_MINUTES, validMinutes));
        this.resendSeconds = Math.max(0, resendSeconds);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.maxPerDay = Math.max(1, maxPerDay);
    }

    int validMinutes() {
        return validMinutes;
    }

    /**
     * Sends a new code to the address and answers how many minutes it is valid. Refused with
     * {@code code.cooldown} while the previous code for the same purpose and address is younger than
     * the resend interval, and with {@code code.dailyLimit} once the address has had its codes for the day.
     */
    @Transactional
    public int send(CodePurpose purpose, String target, Locale locale) {
        notifications.sendCode(target, issue(purpose, target), validMinutes, locale);
        return validMinutes;
    }

    /**
     * Counts exactly as {@link #send} — the same cool-down, the same daily limit, a code stored — but nobody is
     * told the code: the address receives the notice {@code noticeKey} instead. So the requester's answer is the
     * same whatever the address is (registering an address that already has an account), and only the
     * address's owner learns why no code came.
     */
    @Transactional
    public int sendNoticeInstead(CodePurpose purpose, String target, Locale locale, String noticeKey) {
        issue(purpose, target);
        notifications.sendToAddress(target, noticeKey, new Object[0], locale);
        return validMinutes;
    }

    /** Applies the sending rules, stores a new code for the address and answers it. */
    private String issue(CodePurpose purpose, String target) {
        Instant now = clock.instant();
        Optional<VerificationCode> previous = codes.findFirstByPurposeAndTargetOrderByIdDesc(purpose, target);
        if (previous.isPresent()) {
            long wait = secondsToWait(previous.get(), now);
            if (wait > 0) {
                throw new VerificationCodeException("code.cooldown", wait);
            }
            if (codes.countByPurposeAndTargetAndCreatedAtAfter(purpose, target, now.minus(Duration.ofDays(1)))
                    >= maxPerDay) {
                throw new VerificationCodeException("code.dailyLimit");
            }
            previous.get().supersede();
            codes.save(previous.get());
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        codes.save(new VerificationCode(purpose, target, encoder.encode(code), now,
                now.plus(Duration.ofMinutes(validMinutes))));
        return code;
    }

    /** Seconds until another code may be sent to this address; 0 when it may be sent now. */
    @Transactional(readOnly = true)
    public long secondsUntilResend(CodePurpose purpose, String target) {
        return codes.findFirstByPurposeAndTargetOrderByIdDesc(purpose, target)
                .map(code -> secondsToWait(code, clock.instant()))
                .orElse(0L);
    }

    /**
     * Accepts the code entered for this purpose and address and uses it up, or refuses it with the reason:
     * {@code code.none}, {@code code.used}, {@code code.expired}, {@code code.wrong} (tries left) or
     * {@code code.tooManyAttempts}.
     */
    @Transactional(noRollbackFor = VerificationCodeException.class)
    public void verify(CodePurpose purpose, String target, String entered) {
        VerificationCode code = codes.findFirstByPurposeAndTargetOrderByIdDesc(purpose, target)
                .orElseThrow(() -> new VerificationCodeException("code.none"));
        Instant now = clock.instant();
        switch (code.getStatus()) {
            case USED -> throw new VerificationCodeException("code.used");
            case VOID -> throw new VerificationCodeException("code.tooManyAttempts");
            case SUPERSEDED -> throw new VerificationCodeException("code.none");
            case ACTIVE -> {
                // checked below
            }
        }
        if (code.isExpired(now)) {
            throw new VerificationCodeException("code.expired");
        }
        // The try is spent before the code is compared, atomically: parallel guesses cannot share one.
        if (codes.claimAttempt(code.getId(), maxAttempts) == 0) {
            codes.voidCode(code.getId());
            throw new VerificationCodeException(code.getStatus() == VerificationCode.Status.ACTIVE
                    ? "code.tooManyAttempts" : "code.used");
        }
        String value = entered == null ? "" : entered.trim();
        if (!value.matches("\\d{6}") || !encoder.matches(value, code.getCodeHash())) {
            int left = Math.max(0, maxAttempts - codes.attemptsOf(code.getId()));
            if (left == 0) {
                codes.voidCode(code.getId());
                throw new VerificationCodeException("code.tooManyAttempts");
            }
            throw new VerificationCodeException("code.wrong", left);
        }
        if (codes.markUsed(code.getId(), now) == 0) {
            throw new VerificationCodeException("code.used");
        }
    }

    private long secondsToWait(VerificationCode code, Instant now) {
        long waitMillis = Duration.ofSeconds(resendSeconds).minus(Duration.between(code.getCreatedAt(), now)).toMillis();
        return waitMillis <= 0 ? 0 : (waitMillis + 999) / 1000;
    }
}
