package io.casehall.account;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.Recipient;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Self-registration (个人注册): a real name, a mobile number or e-mail address proven with a one-time
 * code, a password that follows {@link PasswordRules}, and agreement to the terms. Only the proven
 * address is stored, so nobody can claim an address they do not own.
 *
 * <p>Nothing here tells a caller whether an address already has an account: asking for a code answers the
 * same either way (an address with an account gets a notice saying so instead of a code, under the same
 * limits), and "already registered" is said only to whoever entered the right code, i.e. the address's owner.
 */
@Service
class RegistrationService {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 30;

    /** Letters of any script (汉字, Latin, Uyghur…), spaces, and the name separators · • . - ' */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} ·•.'\\-]+");

    private final ApplicantAccountRepository accounts;
    private final VerificationCodeService codes;
    private final PasswordEncoder encoder;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    RegistrationService(ApplicantAccountRepository accounts, VerificationCodeService codes, PasswordEncoder encoder,
                        NotificationService notifications, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.encoder = encoder;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    static String normalizeName(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
    }

    /** Checks the chosen channel and its address's format (not whether it is registered: that is not told). */
    public void validateContact(RegistrationForm form, Errors errors) {
        ContactChannel channel = form.channel();
        if (channel == null) {
            if (!errors.hasFieldErrors("verifyBy")) {
                errors.rejectValue("verifyBy", "register.verifyBy.required");
            }
            return;
        }
        String target = form.target();
        String field = channel == ContactChannel.MOBILE ? "mobile" : "email";
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (target.isEmpty()) {
            errors.rejectValue(field, "register." + field + ".required");
        } else if (channel == ContactChannel.MOBILE ? !Contacts.isMobile(target) : !Contacts.isEmail(target)) {
            errors.rejectValue(field, "register." + field + ".invalid");
        }
    }

    /** Checks everything the form needs before the code is tried. A field that did not bind is not checked again. */
    public void validate(RegistrationForm form, Errors errors) {
        String name = normalizeName(form.getFullName());
        int nameLength = name.codePointCount(0, name.length());
        if (errors.hasFieldErrors("fullName")) {
            // already explained (too long to bind)
        } else if (name.isEmpty()) {
            errors.rejectValue("fullName", "register.fullName.required");
        } else if (nameLength < NAME_MIN || nameLength > NAME_MAX) {
            errors.rejectValue("fullName", "register.fullName.length", new Object[] {NAME_MIN, NAME_MAX}, null);
        } else if (!NAME.matcher(name).matches()) {
            errors.rejectValue("fullName", "register.fullName.chars");
        }
        validateContact(form, errors);
        if (!errors.hasFieldErrors("code") && (form.getCode() == null || form.getCode().isBlank())) {
            errors.rejectValue("code", "register.code.required");
        }
        if (!errors.hasFieldErrors("password")) {
            PasswordRules.problem(form.getPassword()).ifPresent(key -> errors.rejectValue("password", key));
        }
        if (errors.hasFieldErrors("confirmPassword")) {
            // already explained (too long to bind)
        } else if (form.getConfirmPassword() == null || form.getConfirmPassword().isEmpty()) {
            errors.rejectValue("confirmPassword", "password.confirm.required");
        } else if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!form.isAgreed() && !errors.hasFieldErrors("agree")) {
            errors.rejectValue("agree", "register.agree.required");
        }
    }

    /**
     * Sends a registration code to the chosen address, or — when the address already has an account — the
     * notice {@code notice.registerTaken} instead, under the same limits; answers the minutes a code is valid.
     */
    @Transactional
    public int sendCode(RegistrationForm form, Locale locale) {
        String target = form.target();
        if (isTaken(form.channel(), target)) {
            return codes.sendNoticeInstead(CodePurpose.REGISTER, target, locale, "notice.registerTaken");
        }
        return codes.send(CodePurpose.REGISTER, target, locale);
    }

    /**
     * Creates the account from a form that passed {@link #validate}. The code is checked first and used up;
     * a wrong code is refused with {@link VerificationCodeException} (the wrong try still counts). Only then
     * is an address that has an account meanwhile refused with {@link AddressTakenException}.
     */
    @Transactional(noRollbackFor = VerificationCodeException.class)
    public ApplicantAccount register(RegistrationForm form) {
        ContactChannel channel = form.channel();
        String target = form.target();
        codes.verify(CodePurpose.REGISTER, target, form.getCode());
        if (isTaken(channel, target)) {
            throw new AddressTakenException(channel);
        }
        ApplicantAccount account = accounts.saveAndFlush(new ApplicantAccount(normalizeName(form.getFullName()),
                channel == ContactChannel.MOBILE ? target : null,
                channel == ContactChannel.EMAIL ? target : null,
                encoder.encode(form.getPassword()), clock.instant()));
        auditLog.record(new ApplicantPrincipal(account.getId(), account.getFullName()), "REGISTERED", "applicant",
                account.getId(), "verifiedBy=" + channel);
        return account;
    }

    /** The welcome notice: message centre, and the proven address. Never contains the password. */
    public void welcome(ApplicantAccount account, Locale locale) {
        String login = account.getMobile() != null ? account.getMobile() : account.getEmail();
        notifications.notify(new Recipient(account.getId(), account.getEmail(), account.getMobile(), locale),
                Notice.of("account.registered:" + account.getId(), "notice.registered", "/realname",
                        account.getFullName(), login));
    }

    private boolean isTaken(ContactChannel channel, String target) {
        return channel == ContactChannel.MOBILE ? accounts.existsByMobile(target) : accounts.existsByEmailIgnoreCase(target);
    }

    /** The address was registered by someone else meanwhile. */
    static class AddressTakenException extends RuntimeException {

        private final ContactChannel channel;

        AddressTakenException(ContactChannel channel) {
            super("address taken: " + channel);
            this.channel = channel;
        }

        String field() {
            return channel == ContactChannel.MOBILE ? "mobile" : "email";
        }
    }
}
