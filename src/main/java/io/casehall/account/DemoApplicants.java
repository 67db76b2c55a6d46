package io.casehall.account;

import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: applicant accounts that are already registered and verified, so a procedure's demo data can
 * show a case in a later state (e.g. an archive already deposited). Passwords are the README's demo passwords.
 */
@Service
@Profile("demo")
public class DemoApplicants {

    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoApplicants(ApplicantAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The verified account with this mobile number, created on the first start; returns the applicant. */
    @Transactional
    public ApplicantPrincipal ensureVerified(String fullName, String mobile, String password, String idNumber) {
        ApplicantAccount account = accounts.findByMobile(mobile).orElseGet(() -> {
            ApplicantAccount created = accounts.save(new ApplicantAccount(fullName, mobile, null,
                    encoder.encode(password), clock.instant()));
            created.realNameVerified(idNumber, null);
            return created;
        });
        return new ApplicantPrincipal(account.getId(), account.getFullName());
    }
}
