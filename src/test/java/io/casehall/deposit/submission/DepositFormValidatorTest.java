package io.casehall.deposit.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.DepositUploadKind;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.reference.ChildbearingStatuses;
import io.casehall.shared.reference.DivisionChoice;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.MaritalStatuses;
import io.casehall.shared.reference.PoliticalStatuses;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The form's server-side rules, each refusal naming its field and message key. */
class DepositFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final DepositFormValidator validator = new DepositFormValidator(new Divisions(), new EthnicGroups(),
            new PoliticalStatuses(), new MaritalStatuses(), new ChildbearingStatuses());

    /** A complete deposit form that passes. */
    static DepositForm validForm() {
        DepositForm form = new DepositForm();
        form.setService(DepositServiceType.GOING_ABROAD);
        form.setApplicantGroup("graduateDirect");
        form.setArchiveKeeper("publicAgency");
        form.setBirthDate(LocalDate.of(2001, 5, 6));
        form.setHouseholdDivision("110108");
        form.setEthnicity("01");
        form.setPoliticalStatus("13");
        form.setMaritalStatus("10");
        form.setChildbearingStatus("0");
        form.setPassportNo("E12345678");
        form.setMobile("13800138000");
        form.setEmail("li@example.com");
        form.setContactName("李父");
        form.setContactMobile("13900139000");
        form.getDomesticHistory().add(new DepositForm.HistoryLine(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 6, 30), "北京市第一中学", "高中"));
        form.getDomesticHistory().add(new DepositForm.HistoryLine(LocalDate.of(2019, 9, 1), LocalDate.of(2023, 6, 30), "大连理工大学", "本科"));
        form.getDomesticHistory().add(new DepositForm.HistoryLine());
        form.getOverseasStudy().add(new DepositForm.StudyLine());
        form.setAgencyName("北京市海淀区人才服务中心");
        form.setAgreementAccepted(true);
        form.putUpload(new DepositForm.UploadRef(DepositUploadKind.ID_FRONT, UUID.randomUUID(), "front.pdf"));
        form.putUpload(new DepositForm.UploadRef(DepositUploadKind.ID_BACK, UUID.randomUUID(), "back.pdf"));
        return form;
    }

    private List<String> keys(DepositForm form) {
        return validator.check(form, TODAY).stream().map(FormProblem::messageKey).toList();
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(validator.check(validForm(), TODAY)).isEmpty();
    }

    @Test
    void idBackSideAgencyAndAgreementAreRequired() {
        DepositForm form = validForm();
        form.getUploads().removeIf(u -> u.getKind() == DepositUploadKind.ID_BACK);
        form.setAgencyName("  ");
        form.setAgreementAccepted(false);
        assertThat(validator.check(form, TODAY)).extracting(FormProblem::field)
                .containsExactly("agencyName", "uploads.ID_BACK", "agreementAccepted");
        assertThat(keys(form)).containsExactly("deposit.form.required.agencyName",
                "deposit.form.uploadRequired.ID_BACK", "deposit.form.agreementRequired");
    }

    @Test
    void atLeastOneHistoryRow() {
        DepositForm form = validForm();
        form.getDomesticHistory().clear();
        form.getDomesticHistory().add(new DepositForm.HistoryLine());
        assertThat(keys(form)).containsExactly("deposit.form.history.required");
    }

    @Test
    void historyRowsInOrderWithoutOverlap() {
        DepositForm reversed = validForm();
        reversed.getDomesticHistory().get(0).setTo(LocalDate.of(2016, 1, 1));
        assertThat(validator.check(reversed, TODAY)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("domesticHistory[0]"))
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("deposit.form.history.order"));

        DepositForm overlapping = validForm();
        overlapping.getDomesticHistory().get(1).setFrom(LocalDate.of(2019, 3, 1));
        assertThat(keys(overlapping)).containsExactly("deposit.form.history.overlap");

        DepositForm unsorted = validForm();
        unsorted.getDomesticHistory().add(0, unsorted.getDomesticHistory().remove(1));
        assertThat(keys(unsorted)).containsExactly("deposit.form.history.unsorted");

        DepositForm adjoining = validForm();
        adjoining.getDomesticHistory().get(1).setFrom(LocalDate.of(2019, 6, 30));
        assertThat(keys(adjoining)).as("a row may start the day the previous one ends").isEmpty();
    }

    @Test
    void incompleteRowsAreNamed() {
        DepositForm form = validForm();
        form.getDomesticHistory().get(1).setRole(" ");
        form.getOverseasStudy().set(0, new DepositForm.StudyLine(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 6, 30),
                "University of Melbourne", "Master", null));
        assertThat(validator.check(form, TODAY)).extracting(FormProblem::field)
                .containsExactly("domesticHistory[1]", "overseasStudy[0]");
    }

    @Test
    void codesAndContactsAreChecked() {
        DepositForm form = validForm();
        form.setHouseholdDivision("110000");
        form.setEthnicity("57");
        form.setPoliticalStatus("x");
        form.setMaritalStatus("99");
        form.setMobile("+44 7700 900000");
        form.setContactMobile("");
        assertThat(keys(form)).containsExactly("deposit.form.householdDivision", "deposit.form.ethnicity",
                "deposit.form.politicalStatus", "deposit.form.maritalStatus", "deposit.form.mobile",
                "deposit.form.contactMobile");
    }

    @Test
    void theHouseholdRegistrationIsChosenDownToTheCountyFromTheNationalList() {
        DepositForm form = validForm();
        form.setHouseholdDivision(null);
        form.setHouseholdDivisionProvince("110000");
        form.setHouseholdDivisionCity("110108");
        assertThat(keys(form)).isEmpty();
        assertThat(form.getHouseholdDivision()).isEqualTo("110108");

        form.setHouseholdDivisionProvince("130000");
        form.setHouseholdDivisionCity("130100");
        assertThat(keys(form)).containsExactly(DivisionChoice.NOT_LEAF);
        form.setHouseholdDivisionDistrict("110108");
        assertThat(keys(form)).containsExactly(DivisionChoice.UNKNOWN);
    }

    @Test
    void transferOutAsksOnlyForPurposeAndReceivingAgency() {
        DepositForm form = new DepositForm();
        form.setService(DepositServiceType.TRANSFER_OUT);
        assertThat(keys(form)).containsExactly("deposit.form.required.purpose", "deposit.form.required.receivingAgency");
        form.setService(DepositServiceType.CERTIFICATE);
        form.setPurpose("办理落户");
        assertThat(keys(form)).isEmpty();
    }
}
