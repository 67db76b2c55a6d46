package io.casehall.deposit.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document issued for an application; (application number, kind) is unique, which makes issuing idempotent. */
@Entity
@Table(name = "deposit_issued_document")
class IssuedDepositDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_number", nullable = false)
    private String applicationNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DepositDocumentKind kind;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "verification_number", nullable = false)
    private String verificationNumber;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedDepositDocument() {
    }

    IssuedDepositDocument(String applicationNumber, DepositDocumentKind kind, UUID documentId,
                          String verificationNumber, String fileName, Instant issuedAt) {
        this.applicationNumber = applicationNumber;
        this.kind = kind;
        this.documentId = documentId;
        this.verificationNumber = verificationNumber;
        this.fileName = fileName;
        this.issuedAt = issuedAt;
    }

    DepositDocument view() {
        return new DepositDocument(kind, documentId, verificationNumber, fileName);
    }
}
