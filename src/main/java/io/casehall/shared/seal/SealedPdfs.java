package io.casehall.shared.seal;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.seal.PdfSignatureInspector.Facts;
import io.casehall.shared.seal.Verification.Result;
import io.casehall.shared.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues sealed PDFs and verifies them. Issuing renders the bilingual document, draws the seal, signs
 * it (PAdES B-B), stores it as the owner's document attached to the case and records it in the issue
 * registry. Verifying accepts any uploaded PDF, or the number printed on one.
 */
@Service
public class SealedPdfs {

    /** Purpose under which sealed PDFs are kept in the document store. */
    public static final String PURPOSE = "SEALED_PDF";

    private final BilingualPdfRenderer renderer;
    private final PdfSigner signer;
    private final SealKeystore keys;
    private final SealSettings settings;
    private final SealedDocumentRepository registry;
    private final DocumentStore documents;
    private final AuditLog auditLog;
    private final Clock clock;

    SealedPdfs(BilingualPdfRenderer renderer, PdfSigner signer, SealKeystore keys, SealSettings settings,
               SealedDocumentRepository registry, DocumentStore documents, AuditLog auditLog, Clock clock) {
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.settings = settings;
        this.registry = registry;
        this.documents = documents;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Renders, seals and signs the document, stores it for {@code owner} attached to {@code caseKey}
     * and records the issue. Every call issues a new document with a new verification number: the
     * caller makes its own step idempotent (e.g. by remembering the returned document id).
     */
    @Transactional
    public SealedPdf issue(String caseKey, Actor owner, String fileName, BilingualDocument document) {
        return issue(caseKey, owner, fileName, document, null);
    }

    /**
     * The same, printing {@code issuedOn} as the date of issue instead of today: the date the decision was
     * taken, when a job that failed and retried seals the document a day later. The signing time stays the
     * moment of signing. Null means today.
     */
    @Transactional
    public SealedPdf issue(String caseKey, Actor owner, String fileName, BilingualDocument document,
                           LocalDate issuedOn) {
        String number = freshNumber();
        Instant issuedAt = clock.instant();
        LocalDate issueDate = issuedOn != null ? issuedOn : LocalDate.ofInstant(issuedAt, clock.getZone());
        BilingualPdfRenderer.Rendered rendered = renderer.render(document, number, issueDate, clock.getZone());
        byte[] signed = signer.sign(rendered, issuedAt, clock.getZone());
        StoredDocument stored = documents.storeGenerated(owner, PURPOSE, fileName, FileKind.PDF, signed);
        if (caseKey != null) {
            documents.attachToCase(stored.getId(), caseKey);
        }
        String sha256 = stored.getSha256();
        registry.save(new SealedDocument(stored.getId(), number, caseKey, stored.getOriginalName(), document.title(),
                sha256, Hashes.fingerprint(keys.certificate()), settings.signerName(), issuedAt));
        auditLog.record("PDF_SEALED", "document", stored.getId(), number + " " + document.title());
        return new SealedPdf(stored.getId(), number, stored.getOriginalName(), sha256);
    }

    /**
     * Checks an uploaded PDF. GENUINE only if its signature is valid, covers the whole file, was made
     * with the university's sealing certificate, and the file is byte for byte one that was issued.
     */
    @Transactional(readOnly = true)
    public Verification verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Verification.of(Result.UNREADABLE);
        }
        Facts facts = PdfSignatureInspector.inspect(pdf);
        return switch (facts.status()) {
            case UNREADABLE -> Verification.of(Result.UNREADABLE);
            case NOT_SIGNED -> Verification.of(Result.NOT_SIGNED);
            case BROKEN -> Verification.of(Result.INVALID_SIGNATURE, facts.signerName());
            case DIGEST_MISMATCH -> Verification.of(Result.MODIFIED, facts.signerName());
            case VALID -> judge(facts);
        };
    }

    /** Looks up the number printed on a document: ISSUED with what was issued, or UNKNOWN. */
    @Transactional(readOnly = true)
    public Verification verifyNumber(String number) {
        return VerificationNumbers.normalize(number)
                .flatMap(registry::findByVerificationNumber)
                .map(row -> describe(Result.ISSUED, row))
                .orElseGet(() -> Verification.of(Result.UNKNOWN));
    }

    private Verification judge(Facts facts) {
        // The signed revision: the whole file when nothing was appended after signing.
        Optional<SealedDocument> issued = registry.findFirstBySha256(facts.signedRevisionSha256());
        String certificate = Hashes.sha256Hex(encoded(facts));
        boolean trusted = certificate.equals(Hashes.fingerprint(keys.certificate()))
                || issued.map(row -> row.getCertificateSha256().equals(certificate)).orElse(false);
        if (!trusted) {
            return Verification.of(Result.INVALID_SIGNATURE, facts.signerName());
        }
        if (!facts.coversWholeFile()) {
            return issued.map(row -> describe(Result.MODIFIED, row))
                    .orElseGet(() -> Verification.of(Result.MODIFIED, facts.signerName()));
        }
        return issued.map(row -> describe(Result.GENUINE, row))
                .orElseGet(() -> Verification.of(Result.UNKNOWN, facts.signerName()));
    }

    private static Verification describe(Result result, SealedDocument row) {
        return new Verification(result, row.getVerificationNumber(), row.getTitle(), row.getIssuedAt(), row.getSigner());
    }

    private static byte[] encoded(Facts facts) {
        try {
            return facts.signer().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String freshNumber() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String number = VerificationNumbers.next();
            if (!registry.existsByVerificationNumber(number)) {
                return number;
            }
        }
        throw new IllegalStateException("Could not draw an unused verification number");
    }
}
