package io.casehall.account;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.security.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs applicants in with their mobile number, e-mail address or verified ID number. Repeated wrong
 * passwords lock the account for a while; the lock message says until when.
 */
@Component
class ApplicantAuthenticationProvider implements AuthenticationProvider {

    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final String unknownAccountHash;
    private final LoginThrottle throttle;

    ApplicantAuthenticationProvider(ApplicantAccountRepository accounts, PasswordEncoder passwordEncoder,
                                    AuditLog auditLog, Clock clock,
                                    @Value("${casehall.login.max-failures:5}") int maxFailures,
                                    @Value("${casehall.login.lock-minutes:15}") int lockMinutes,
                                    LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.unknownAccountHash = passwordEncoder.encode("no-such-account");
    }

    @Override
    @Transactional(noRollbackFor = AuthenticationException.class)
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        throttle.check(authentication);
        ApplicantAccount account = findByLogin(login).orElse(null);
        if (account == null) {
            throttle.recordFailure(authentication);
            // Same cost and message as a wrong password, so accounts cannot be discovered.
            passwordEncoder.matches(password, unknownAccountHash);
            throw new BadCredentialsException("login.failed");
        }
        Instant now = clock.instant();
        if (accounts.claimLoginAttempt(account.getId(), maxFailures, now) == 0) {
            throttle.recordFailure(authentication);
            throw new LockedException("login.locked");
        }
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.recordFailure(authentication);
            auditLog.record(new ApplicantPrincipal(account.getId(), account.getFullName()), "LOGIN_FAILED",
                    "applicant", account.getId(), null);
            if (accounts.failedLoginsOf(account.getId()) >= maxFailures) {
                accounts.lock(account.getId(), now.plus(lockFor));
                throw new LockedException("login.locked");
            }
            throw new BadCredentialsException("login.failed");
        }
        accounts.clearLoginFailures(account.getId());
        ApplicantPrincipal principal = new ApplicantPrincipal(account.getId(), account.getFullName());
        auditLog.record(principal, "LOGIN", "applicant", account.getId(), null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
    }

    Optional<ApplicantAccount> findByLogin(String login) {
        if (login.contains("@")) {
            return accounts.findByEmailIgnoreCase(login);
        }
        if (login.length() == 18 || login.length() == 15) {
            Optional<ApplicantAccount> byId = accounts.findByVerifiedIdNumber(ChineseIdNumber.normalize(login));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return accounts.findByMobile(login);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
