package io.casehall.creditbank.account;

import io.casehall.account.CodePurpose;
import io.casehall.account.MobileCodes;
import io.casehall.creditbank.InstitutionIdentity;
import io.casehall.creditbank.InstitutionSessions;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution user's own account: password change and phone change with SMS codes, and the forgotten password.
 * The password is the engine's (so a change holds for Tasklist too); a new password ends the user's sessions.
 * Every change is audited.
 */
@Service
class AccountChanges {

    private final InstitutionUserRepository users;
    private final InstitutionIdentity identity;
    private final InstitutionSessions sessions;
    private final MobileCodes codes;
    private final AuditLog audit;

    AccountChanges(InstitutionUserRepository users, InstitutionIdentity identity, InstitutionSessions sessions,
                   MobileCodes codes, AuditLog audit) {
        this.users = users;
        this.identity = identity;
        this.sessions = sessions;
        this.codes = codes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<InstitutionUser> user(String userId) {
        return userId == null || userId.isBlank() ? Optional.empty() : users.findById(userId.trim());
    }

    String phoneOf(String userId) {
        return user(userId).orElseThrow().getPhone();
    }

    static String tail(String phone) {
        return phone.length() > 4 ? phone.substring(phone.length() - 4) : phone;
    }

    int sendCode(CodePurpose purpose, String phone, Locale locale) {
        return codes.send(purpose, phone, locale);
    }

    void verify(CodePurpose purpose, String phone, String code) {
        codes.verify(purpose, phone, code);
    }

    boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    /** Sets the new password (the engine's), ends every session of the user, and audits who did it. */
    @Transactional
    void setPassword(Actor actor, String userId, String newPassword, String action) {
        identity.changePassword(userId, newPassword);
        sessions.endAllOf(userId);
        audit.record(actor, action, "institution-user", userId, null);
    }

    @Transactional
    void changePhone(Actor actor, String userId, String newPhone) {
        InstitutionUser user = users.findById(userId).orElseThrow();
        String old = user.getPhone();
        user.changePhone(newPhone);
        users.save(user);
        audit.record(actor, "INSTITUTION_PHONE_CHANGED", "institution-user", userId,
                "尾号" + tail(old) + "→尾号" + tail(newPhone));
    }
}
