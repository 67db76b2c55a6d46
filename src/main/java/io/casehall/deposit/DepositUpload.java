package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** A file attached to an application: a document in the shared store, linked to the case. */
@Embeddable
public class DepositUpload {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepositUploadKind kind;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DepositUpload() {
    }

    public DepositUpload(DepositUploadKind kind, UUID documentId, String fileName, Instant uploadedAt) {
        this.kind = kind;
        this.documentId = documentId;
        this.fileName = fileName;
        this.uploadedAt = uploadedAt;
    }

    public DepositUploadKind getKind() {
        return kind;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
