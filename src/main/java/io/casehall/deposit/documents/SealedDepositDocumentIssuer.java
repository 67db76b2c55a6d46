package io.casehall.deposit.documents;

import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.ArchiveDepositRecord;
import io.casehall.deposit.ArchiveDepositRecordRepository;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositDocumentIssuer;
import io.casehall.deposit.DepositParticulars;
import io.casehall.deposit.DepositRecordStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What an approved application leads to, as a sealed PDF: the transfer notice for a deposit, the transfer letter
 * for a transfer out, the certificate for a certificate. {@link DepositDocuments} issues each once per application,
 * so a retried job gets the first document back.
 */
@Component
class SealedDepositDocumentIssuer implements DepositDocumentIssuer {

    private final DepositDocuments documents;
    private final ArchiveDepositRecordRepository records;
    private final Clock clock;

    SealedDepositDocumentIssuer(DepositDocuments documents, ArchiveDepositRecordRepository records, Clock clock) {
        this.documents = documents;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public String issue(DepositApplication application) {
        DepositParticulars stated = application.getParticulars();
        String caseKey = ArchiveDepositProcess.businessKey(application.getNumber());
        LocalDate today = LocalDate.now(clock);
        DepositDocument issued = switch (application.getService()) {
            case GOING_ABROAD, RETURNING -> documents.issueTransferNotice(new TransferNotice(application.getNumber(),
                    caseKey, application.getApplicantId(), application.getFullName(), application.getGender(),
                    application.getIdNumber(), stated.getBirthDate(), application.getService(),
                    stated.getAgencyName(), today));
            case TRANSFER_OUT -> documents.issueTransferLetter(new TransferLetter(application.getNumber(), caseKey,
                    application.getApplicantId(), depositedArchive(application).getArchiveNumber(),
                    application.getFullName(), application.getIdNumber(), stated.getReceivingAgency(),
                    stated.getPurpose(), today));
            case CERTIFICATE -> {
                ArchiveDepositRecord archive = depositedArchive(application);
                yield documents.issueCertificate(new DepositCertificate(application.getNumber(), caseKey,
                        application.getApplicantId(), archive.getArchiveNumber(), application.getFullName(),
                        application.getIdNumber(), LocalDate.ofInstant(archive.getDepositedAt(), clock.getZone()),
                        stated.getPurpose(), today));
            }
        };
        return issued.verificationNumber();
    }

    /** Transfer out and certificates are offered only for a deposited archive (the eligibility table says so). */
    private ArchiveDepositRecord depositedArchive(DepositApplication application) {
        return records.findByApplicantIdAndStatus(application.getApplicantId(), DepositRecordStatus.DEPOSITED)
                .orElseThrow(() -> new IllegalStateException("Application " + application.getNumber()
                        + " needs a deposited archive, and the applicant has none"));
    }
}
