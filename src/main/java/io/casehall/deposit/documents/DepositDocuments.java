package io.casehall.deposit.documents;

import io.casehall.shared.seal.BilingualDocument;
import io.casehall.shared.seal.SealedPdf;
import io.casehall.shared.seal.SealedPdfs;
import io.casehall.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the archive office's sealed PDFs: renders the bilingual document, seals and signs it through the
 * shared seal (which registers it for {@code /verify} and stores it as the applicant's document attached to
 * the case), and records it under the application number and kind.
 *
 * <p>Issuing is idempotent by (application number, kind): a retried job gets the document issued the first
 * time, even if the input changed since. Two concurrent first issues of the same key cannot both commit
 * (unique key); the loser's job fails, retries and then finds the winner's document.
 */
@Service
@EnableConfigurationProperties(DepositOfficeProperties.class)
public class DepositDocuments {

    private final SealedPdfs sealedPdfs;
    private final IssuedDepositDocumentRepository issued;
    private final DepositLayouts layouts;
    private final Clock clock;

    DepositDocuments(SealedPdfs sealedPdfs, IssuedDepositDocumentRepository issued, DepositLayouts layouts,
                     Clock clock) {
        this.sealedPdfs = sealedPdfs;
        this.issued = issued;
        this.layouts = layouts;
        this.clock = clock;
    }

    /** The 调档通知单 of an approved deposit application, with the tear-off slip for the archive envelope. */
    @Transactional
    public DepositDocument issueTransferNotice(TransferNotice notice) {
        return issueOnce(DepositDocumentKind.TRANSFER_NOTICE, notice.applicationNumber(), notice.caseKey(),
                notice.applicantId(), notice.issuedOn(), () -> layouts.transferNotice(notice));
    }

    /** The 人事档案转递函 of an approved transfer-out application. */
    @Transactional
    public DepositDocument issueTransferLetter(TransferLetter letter) {
        return issueOnce(DepositDocumentKind.TRANSFER_LETTER, letter.applicationNumber(), letter.caseKey(),
                letter.applicantId(), letter.issuedOn(), () -> layouts.transferLetter(letter));
    }

    /** The 存档证明 of an approved certificate application. */
    @Transactional
    public DepositDocument issueCertificate(DepositCertificate certificate) {
        return issueOnce(DepositDocumentKind.CERTIFICATE, certificate.applicationNumber(), certificate.caseKey(),
                certificate.applicantId(), certificate.issuedOn(), () -> layouts.certificate(certificate));
    }

    /** The document of this kind issued for the application, if any: what the portal offers for download. */
    @Transactional(readOnly = true)
    public Optional<DepositDocument> find(String applicationNumber, DepositDocumentKind kind) {
        return issued.findByApplicationNumberAndKind(applicationNumber, kind).map(IssuedDepositDocument::view);
    }

    private DepositDocument issueOnce(DepositDocumentKind kind, String applicationNumber, String caseKey,
                                      long applicantId, LocalDate issuedOn, Supplier<BilingualDocument> layout) {
        Optional<IssuedDepositDocument> existing = issued.findByApplicationNumberAndKind(applicationNumber, kind);
        if (existing.isPresent()) {
            return existing.get().view();
        }
        Actor owner = Actor.of(Actor.Kind.APPLICANT, String.valueOf(applicantId));
        SealedPdf sealed = sealedPdfs.issue(caseKey, owner, layouts.fileName(kind, applicationNumber), layout.get(),
                issuedOn);
        return issued.saveAndFlush(new IssuedDepositDocument(applicationNumber, kind, sealed.documentId(),
                sealed.verificationNumber(), sealed.fileName(), clock.instant())).view();
    }
}
