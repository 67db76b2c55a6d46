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
    private final io.casehall.account.registry.GraduateRegistryRows registry;

    TestApplicants(ApplicantAccountRepository accounts, PasswordEncoder passwordEncoder,
                   io.casehall.account.registry.GraduateRegistryRows registry) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.registry = registry;
    }

    /**
     * A graduate whose real name is verified: in the registry (with or without the archive kept by the
     * university) and marked verified, ready to apply for business.
     */
    public ApplicantPrincipal createVerifiedGraduate(String fullName, boolean archiveKept) {
        return createVerifiedGraduate(fullName, io.casehall.support.TestIdNumbers.next(),
                io.casehall.support.UniqueData.studentNo(), archiveKept).principal();
    }

    /**
     * A verified graduate with the given identity (e.g. a student of a clearance plan), in the registry; returns the
     * principal and the login (the mobile number). Used by the load simulation's server.
     */
    public Created createVerifiedGraduate(String fullName, String idNumber, String studentNo, boolean archiveKept) {
        ApplicantPrincipal applicant = create(fullName);
        registry.add(fullName, idNumber, studentNo, archiveKept);
        ApplicantAccount account = accounts.findById(applicant.applicantId()).orElseThrow();
        account.realNameVerified(idNumber, studentNo);
        accounts.save(account);
        return new Created(applicant, account.getMobile());
    }

    public record Created(ApplicantPrincipal principal, String login) {
    }

    public ApplicantPrincipal create(String fullName) {
        ApplicantAccount account = accounts.save(new ApplicantAccount(fullName, io.casehall.support.UniqueData.mobile(),
                io.casehall.support.UniqueData.email(), passwordEncoder.encode(PASSWORD), Instant.now()));
        return new ApplicantPrincipal(account.getId(), fullName);
    }
}
