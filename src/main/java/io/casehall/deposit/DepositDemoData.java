package io.casehall.deposit;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.DemoApplicants;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.numbering.BusinessNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the applicant 何思远 (mobile {@value #MOBILE}, password {@value #PASSWORD}) whose archive was
 * deposited last year, so 档案转出 and 开具证明 can be walked at once. The auditor is the demo staff account
 * {@code auditor} (application-demo.yml). The deposit is recorded as the finished case it is, without replaying it.
 */
@Component
@Profile("demo")
class DepositDemoData {

    static final String MOBILE = "13900000202";
    static final String PASSWORD = "Demo2026";
    static final String NAME = "何思远";
    private static final Logger log = LoggerFactory.getLogger(DepositDemoData.class);

    private final DemoApplicants demoApplicants;
    private final DepositApplicationRepository applications;
    private final ArchiveDepositRecordRepository records;
    private final BusinessNumbers numbers;
    private final Clock clock;

    DepositDemoData(DemoApplicants demoApplicants, DepositApplicationRepository applications,
                    ArchiveDepositRecordRepository records, BusinessNumbers numbers, Clock clock) {
        this.demoApplicants = demoApplicants;
        this.applications = applications;
        this.records = records;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Order(110)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try {
            String idNumber = ChineseIdNumber.withCheckChar("11010819990202013");
            ApplicantPrincipal applicant = demoApplicants.ensureVerified(NAME, MOBILE, PASSWORD, idNumber);
            if (records.findByApplicantIdAndStatus(applicant.applicantId(), DepositRecordStatus.DEPOSITED).isPresent()
                    || !applications.findByApplicantIdOrderBySubmittedAtDesc(applicant.applicantId()).isEmpty()) {
                return;
            }
            Instant submitted = clock.instant().minus(400, ChronoUnit.DAYS);
            DepositApplication application = new DepositApplication(numbers.next("deposit"), UUID.randomUUID().toString(),
                    applicant.applicantId(), DepositServiceType.GOING_ABROAD, NAME, "男", idNumber, submitted);
            DepositForm form = new DepositForm();
            form.setApplicantGroup(ApplicantGroup.GRADUATE_DIRECT.code());
            form.setArchiveKeeper(ArchiveKeeper.PUBLIC_AGENCY.code());
            form.setBirthDate(LocalDate.of(1999, 2, 2));
            form.setHouseholdDivision("110108");
            form.setEthnicity("01");
            form.setPoliticalStatus("13");
            form.setMaritalStatus("10");
            form.setChildbearingStatus("0");
            form.setMobile(MOBILE);
            form.setEmail("hesiyuan@example.com");
            form.setContactName("何建国");
            form.setContactMobile("13900000203");
            form.setAgencyName("北京市海淀区人才服务中心");
            application.stated(DepositParticulars.of(form),
                    List.of(new HistoryRow(LocalDate.of(2014, 9, 1), LocalDate.of(2017, 6, 30), "北京市第十九中学", "高中"),
                            new HistoryRow(LocalDate.of(2017, 9, 1), LocalDate.of(2021, 6, 30), "北京交通大学", "本科")),
                    List.of(), List.of(), submitted);
            application.audited(ArchiveDepositProcess.DECISION_APPROVE, null, "auditor", submitted.plus(2, ChronoUnit.DAYS));
            Instant received = submitted.plus(20, ChronoUnit.DAYS);
            String archiveNumber = numbers.next("deposit-archive");
            application.envelopeReceived(archiveNumber, "auditor", received);
            applications.save(application);
            records.save(new ArchiveDepositRecord(applicant.applicantId(), archiveNumber, application.getId(), received));
            log.info("Deposit demo: {} ({}) has archive no. {}", NAME, MOBILE, archiveNumber);
        } catch (RuntimeException e) {
            log.warn("Deposit demo data could not be loaded", e);
        }
    }
}
