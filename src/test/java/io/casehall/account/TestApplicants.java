package io.casehall.account;

import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates applicant accounts directly, for tests about what happens after registration. */
@Component
public class TestApplicants {

    public static final String PASSWORD = "Applicant2026";

    private final ApplicantAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    TestApplicants(ApplicantAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public ApplicantPrincipal create(String fullName) {
        ApplicantAccount account = accounts.save(new ApplicantAccount(fullName, io.casehall.support.UniqueData.mobile(),
                io.casehall.support.UniqueData.email(), passwordEncoder.encode(PASSWORD), Instant.now()));
        return new ApplicantPrincipal(account.getId(), fullName);
    }
}
