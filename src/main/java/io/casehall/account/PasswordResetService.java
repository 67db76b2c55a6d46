package io.casehall.account;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 找回密码: find the account by user name (mobile, e-mail or verified ID number), prove control of one of
 * its addresses with a one-time code, set a new password. The steps' order is kept by the web layer.
 */
@Service
class PasswordResetService {

    private final ApplicantAccountRepository accounts;
    private final ApplicantAuthenticationProvider logins;
    private final VerificationCodeService codes;
    private final PasswordEncoder encoder;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    PasswordResetService(ApplicantAccountRepository accounts, ApplicantAuthenticationProvider logins,
                         VerificationCodeService codes, PasswordEncoder encoder, NotificationService notifications,
                         AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.logins = logins;
        this.codes = codes;
        this.encoder = encoder;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The account a user name denotes, the same way the login page reads it. */
    @Transactional(readOnly = true)
    public Optional<ApplicantAccount> findAccount(String login) {
        String value = login == null ? "" : login.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return logins.findByLogin(value);
    }

    @Transactional(readOnly = true)
    public ApplicantAccount account(Long accountId) {
        return accounts.findById(accountId).orElseThrow(NotFoundException::new);
    }

    /** The channels the account can still be reached on, mobile first. */
    static List<ContactChannel> channelsOf(ApplicantAccount account) {
        List<ContactChannel> channels = new ArrayList<>();
        for (ContactChannel channel : ContactChannel.values()) {
            if (channel.addressOf(account) != null) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Sends a reset code to the account's address on the channel; answers the minutes it is valid. */
    public int sendCode(Long accountId, ContactChannel channel, Locale locale) {
        return codes.send(CodePurpose.RESET_PASSWORD, address(accountId, channel), locale);
    }

    public long secondsUntilResend(Long accountId, ContactChannel channel) {
        return codes.secondsUntilResend(CodePurpose.RESET_PASSWORD, address(accountId, channel));
    }

    /** Accepts and uses up the code, or throws {@link VerificationCodeException}. */
    public void verifyCode(Long accountId, ContactChannel channel, String code) {
        codes.verify(CodePurpose.RESET_PASSWORD, address(accountId, channel), code);
    }

    /** Sets the new password (already checked against {@link PasswordRules}) and lifts any login lock. */
    @Transactional
    public ApplicantAccount changePassword(Long accountId, String newPassword) {
        if (!PasswordRules.isAcceptable(newPassword)) {
            throw new IllegalArgumentException("password breaks the rules");
        }
        ApplicantAccount account = account(accountId);
        account.changePassword(encoder.encode(newPassword));
        auditLog.record(new ApplicantPrincipal(account.getId(), account.getFullName()), "PASSWORD_RESET",
                "applicant", account.getId(), null);
        return account;
    }

    /** Tells the owner that the password changed, so an unexpected reset does not go unnoticed. */
    public void notifyChanged(ApplicantAccount account, Locale locale) {
        var now = clock.instant();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(now);
        notifications.notify(new Recipient(account.getId(), account.getEmail(), account.getMobile(), locale),
                Notice.of("account.passwordReset:" + account.getId() + ":" + now.toEpochMilli(),
                        "notice.passwordReset", "/password/forgot", when));
    }

    private String address(Long accountId, ContactChannel channel) {
        String address = channel.addressOf(account(accountId));
        if (address == null) {
            throw new NotFoundException();
        }
        return address;
    }
}
