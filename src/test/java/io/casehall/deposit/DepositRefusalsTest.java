package io.casehall.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.NotFoundException;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bad input a user may send: each is a message key naming the field, nothing typed or uploaded is lost, and
 * another applicant's application is not found.
 */
class DepositRefusalsTest extends IntegrationTest {

    @Autowired DepositService deposits;
    @Autowired DepositTestCases cases;
    @Autowired TestApplicants applicants;
    @Autowired DepositApplicationRepository applications;

    private List<FormProblem> problems(ApplicantPrincipal applicant, DepositForm form, List<NewUpload> uploads) {
        DepositFormException refused = catchThrowableOfType(DepositFormException.class,
                () -> deposits.submit(applicant, form, uploads));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void uploadsArePdfUnderOneMegabyteAndBothIdSidesAreRequired() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("孙悦", false);
        DepositForm form = cases.goingAbroad(applicant);
        List<FormProblem> problems = problems(applicant, form, List.of(
                new NewUpload(DepositUploadKind.ID_FRONT, "身份证正面.pdf", TestFiles.pdf()),
                new NewUpload(DepositUploadKind.ID_BACK, "身份证反面.png", TestFiles.png()),
                new NewUpload(DepositUploadKind.SUPPLEMENTARY, "存档凭证.pdf", Arrays.copyOf(TestFiles.pdf(), 1024 * 1024))));
        assertThat(problems).extracting(FormProblem::field, FormProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("uploads.ID_BACK", "upload.unsupportedType"),
                org.assertj.core.groups.Tuple.tuple("uploads.SUPPLEMENTARY", "deposit.form.uploadTooLarge"),
                org.assertj.core.groups.Tuple.tuple("uploads.ID_BACK", "deposit.form.uploadRequired.ID_BACK"));
        assertThat(form.uploadsOf(DepositUploadKind.ID_FRONT)).as("the good upload is kept on the form").hasSize(1);

        List<FormProblem> mismatch = problems(applicant, form, List.of(
                new NewUpload(DepositUploadKind.ID_BACK, "身份证反面.pdf", TestFiles.png())));
        assertThat(mismatch).extracting(FormProblem::messageKey)
                .containsExactly("upload.contentMismatch", "deposit.form.uploadRequired.ID_BACK");

        DepositApplication submitted = deposits.submit(applicant, form, List.of(
                new NewUpload(DepositUploadKind.ID_BACK, "身份证反面.pdf", TestFiles.pdf())));
        assertThat(deposits.findOwned(applicant.applicantId(), submitted.getId()).getUploads()).hasSize(2);
    }

    @Test
    void historyAgencyAndAgreementAreCheckedOnTheServerAndTheFormKeepsWhatWasTyped() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("周婷", false);
        DepositForm form = cases.goingAbroad(applicant);
        form.getDomesticHistory().get(1).setFrom(LocalDate.of(2019, 1, 1));
        form.setAgencyName("");
        form.setAgreementAccepted(false);
        List<FormProblem> problems = problems(applicant, form, DepositTestCases.idCard());
        assertThat(problems).extracting(FormProblem::messageKey).containsExactly("deposit.form.history.overlap",
                "deposit.form.required.agencyName", "deposit.form.agreementRequired");
        assertThat(form.getDomesticHistory().get(1).getOrganisation()).isEqualTo("大连理工大学");
        assertThat(form.getUploads()).hasSize(2);
        assertThat(deposits.listOwned(applicant.applicantId())).isEmpty();
    }

    @Test
    void ineligibleApplicantsAreRefusedWithTheTablesReason() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("吴刚", false);
        DepositForm form = cases.goingAbroad(applicant);
        form.setApplicantGroup("governmentSponsored");
        assertThatThrownBy(() -> deposits.submit(applicant, form, DepositTestCases.idCard()))
                .hasFieldOrPropertyWithValue("messageKey", "deposit.eligibility.governmentSponsored");
        form.setApplicantGroup("graduateDirect");
        form.setArchiveKeeper("self");
        assertThatThrownBy(() -> deposits.submit(applicant, form, DepositTestCases.idCard()))
                .hasFieldOrPropertyWithValue("messageKey", "deposit.eligibility.keptBySelf");

        DepositForm certificate = deposits.newForm(applicant, DepositServiceType.CERTIFICATE);
        certificate.setPurpose("落户");
        assertThatThrownBy(() -> deposits.submit(applicant, certificate, List.of()))
                .hasFieldOrPropertyWithValue("messageKey", "deposit.eligibility.notDeposited");
    }

    @Test
    void anotherApplicantsApplicationIsNotFound() {
        ApplicantPrincipal owner = applicants.createVerifiedGraduate("郑洁", false);
        ApplicantPrincipal other = applicants.createVerifiedGraduate("钱进", false);
        DepositApplication application = deposits.submit(owner, cases.goingAbroad(owner), DepositTestCases.idCard());
        runJobs();
        Long id = application.getId();
        UUID upload = deposits.findOwned(owner.applicantId(), id).getUploads().get(0).getDocumentId();

        assertThatThrownBy(() -> deposits.findOwned(other.applicantId(), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deposits.modificationForm(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deposits.modify(other, id, cases.goingAbroad(other), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deposits.cancel(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deposits.readUpload(other, id, upload)).isInstanceOf(NotFoundException.class);
        assertThat(deposits.listOwned(other.applicantId())).isEmpty();

        DepositForm reusedKey = cases.goingAbroad(other);
        reusedKey.setSubmissionKey(application.getSubmissionKey());
        assertThatThrownBy(() -> deposits.submit(other, reusedKey, DepositTestCases.idCard()))
                .as("a submission key of someone else's form").isInstanceOf(NotFoundException.class);

        DepositForm stolenUpload = cases.goingAbroad(other);
        stolenUpload.putUpload(new DepositForm.UploadRef(DepositUploadKind.SUPPLEMENTARY, upload, "x.pdf"));
        assertThatThrownBy(() -> deposits.submit(other, stolenUpload, DepositTestCases.idCard()))
                .as("someone else's document").isInstanceOf(NotFoundException.class);
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(other.applicantId())).isEmpty();
        assertThat(deposits.readUpload(owner, id, upload).document().getOriginalName()).isEqualTo("身份证正面.pdf");
    }
}
