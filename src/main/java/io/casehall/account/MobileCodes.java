package io.casehall.account;

import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * One-time codes for other modules that bind a signed-in applicant to a record they hold (the qualification
 * review's campaign record): the code goes to the mobile number on that record, so entering it proves that the
 * applicant controls the number the record names. The rules of {@link VerificationCodeService} apply (validity,
 * resend interval, wrong tries, daily limit per number); refusals are
 * {@link io.casehall.shared.web.UserFacingException}s whose message keys are in {@code i18n/account}.
 */
@Service
public class RecordBindingCodes {

    private final VerificationCodeService codes;

    RecordBindingCodes(VerificationCodeService codes) {
        this.codes = codes;
    }

    /** Sends a code to the mobile number and answers the minutes it is valid. */
    public int send(String mobile, Locale locale) {
        return codes.send(VerificationCode.Purpose.RECORD_BINDING, mobile, locale);
    }

    /** Seconds until another code may be sent to the number; 0 when it may be sent now. */
    public long secondsUntilResend(String mobile) {
        return codes.secondsUntilResend(VerificationCode.Purpose.RECORD_BINDING, mobile);
    }

    /** Accepts and uses up the code sent to the number, or throws the refusal (wrong, expired, none sent …). */
    public void verify(String mobile, String code) {
        codes.verify(VerificationCode.Purpose.RECORD_BINDING, mobile, code);
    }
}
