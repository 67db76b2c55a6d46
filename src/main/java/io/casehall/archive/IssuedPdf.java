package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The sealed PDF issued for an item of an electronic-delivery application (one per item). */
@Entity
@Table(name = "archive_sealed_pdf")
public class IssuedPdf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "verification_number", nullable = false)
    private String verificationNumber;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedPdf() {
    }

    public IssuedPdf(Long applicationId, Long itemId, UUID documentId, String verificationNumber, String fileName,
              Instant issuedAt) {
        this.applicationId = applicationId;
        this.itemId = itemId;
        this.documentId = documentId;
        this.verificationNumber = verificationNumber;
        this.fileName = fileName;
        this.issuedAt = issuedAt;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getItemId() { return itemId; }
    public UUID getDocumentId() { return documentId; }
    public String getVerificationNumber() { return verificationNumber; }
    public String getFileName() { return fileName; }
    public Instant getIssuedAt() { return issuedAt; }
}
