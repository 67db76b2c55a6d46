package io.casehall.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.support.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Change without code: an administrator redeploys the eligibility table (here: high-school graduates are no
 * longer served when going abroad) and the next application is decided by the new version; the old one is back
 * once the new deployment is removed.
 */
class DepositEligibilityRedeployTest extends IntegrationTest {

    private static final EligibilityAnswers HIGH_SCHOOL =
            new EligibilityAnswers(ApplicantGroup.HIGH_SCHOOL_GRADUATE, ArchiveKeeper.PUBLIC_AGENCY);

    @Autowired DepositService deposits;
    @Autowired DepositTestCases cases;
    @Autowired TestApplicants applicants;
    @Autowired RepositoryService repository;

    @Test
    void aRedeployedTableDecidesNewApplications() throws Exception {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("陈晨", false);
        assertThat(deposits.eligibility(applicant.applicantId(), DepositServiceType.GOING_ABROAD, HIGH_SCHOOL).eligible())
                .isTrue();

        String table;
        try (InputStream in = getClass().getResourceAsStream("/dmn/deposit-eligibility.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stricter = table.replace(",\"highSchoolGraduate\"</text>", "</text>");
        assertThat(stricter).isNotEqualTo(table);
        Deployment deployment = repository.createDeployment().name("stricter deposit eligibility")
                .addString("deposit-eligibility.dmn", stricter).deploy();
        try {
            assertThat(deposits.eligibility(applicant.applicantId(), DepositServiceType.GOING_ABROAD, HIGH_SCHOOL))
                    .isEqualTo(new DepositEligibility(false, "deposit.eligibility.notServed"));
            DepositForm form = cases.goingAbroad(applicant);
            form.setApplicantGroup(ApplicantGroup.HIGH_SCHOOL_GRADUATE.code());
            assertThatThrownBy(() -> deposits.submit(applicant, form, DepositTestCases.idCard()))
                    .hasFieldOrPropertyWithValue("messageKey", "deposit.eligibility.notServed");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
        assertThat(deposits.eligibility(applicant.applicantId(), DepositServiceType.GOING_ABROAD, HIGH_SCHOOL).eligible())
                .isTrue();
    }
}
