package io.casehall.shared.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The issue registry: one row per sealed PDF, with the number printed on it, the SHA-256 of the exact
 * bytes issued and the fingerprint of the certificate that signed it (so documents signed before a
 * certificate change still verify).
 */
@Entity
@Table(name = "sealed_document")
class SealedDocument {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "verification_number", nullable = false, unique = true)
    private String verificationNumber;

    @Column(name = "case_key")
    private String caseKey;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "certificate_sha256", nullable = false)
    private String certificateSha256;

    @Column(nullable = false)
    private String signer;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected SealedDocument() {
    }

    SealedDocument(UUID documentId, String verificationNumber, String caseKey, String fileName, String title,
                   String sha256, String certificateSha256, String signer, Instant issuedAt) {
        this.documentId = documentId;
        this.verificationNumber = verificationNumber;
        this.caseKey = caseKey;
        this.fileName = fileName;
        this.title = title.length() > 500 ? title.substring(0, 500) : title;
        this.sha256 = sha256;
        this.certificateSha256 = certificateSha256;
        this.signer = signer;
        this.issuedAt = issuedAt;
    }

    UUID getDocumentId() {
        return documentId;
    }

    String getVerificationNumber() {
        return verificationNumber;
    }

    String getCaseKey() {
        return caseKey;
    }

    String getFileName() {
        return fileName;
    }

    String getTitle() {
        return title;
    }

    String getSha256() {
        return sha256;
    }

    String getCertificateSha256() {
        return certificateSha256;
    }

    String getSigner() {
        return signer;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
