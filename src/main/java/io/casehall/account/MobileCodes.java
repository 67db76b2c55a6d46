package io.casehall.account;

import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * One-time codes for other modules, sent to a mobile number: an applicant binding a record that names their
 * number (the qualification review), an institution user registering, changing a password or a phone, or proving
 * it is them before an export (the credit bank). The rules of {@link VerificationCodeService} apply (validity,
 * resend interval, wrong tries, daily limit per number and purpose); refusals are
 * {@link io.casehall.shared.web.UserFacingException}s whose message keys are in {@code i18n/account}.
 */
@Service
public class MobileCodes {

    private final VerificationCodeService codes;

    MobileCodes(VerificationCodeService codes) {
        this.codes = codes;
    }

    /** Sends a code to the mobile number and answers the minutes it is valid. */
    public int send(CodePurpose purpose, String mobile, Locale locale) {
        return codes.send(purpose, mobile, locale);
    }

    /** Seconds until another code may be sent to the number for this purpose; 0 when it may be sent now. */
    public long secondsUntilResend(CodePurpose purpose, String mobile) {
        return codes.secondsUntilResend(purpose, mobile);
    }

    /** Accepts and uses up the code sent to the number, or throws the refusal (wrong, expired, none sent …). */
    public void verify(CodePurpose purpose, String mobile, String code) {
        codes.verify(purpose, mobile, code);
    }
}
