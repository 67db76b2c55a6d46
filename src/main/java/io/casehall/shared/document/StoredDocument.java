package io.casehall.shared.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded or generated file. The bytes live outside the web root under a server-made name; this
 * row keeps who owns it, what it is, and the case it belongs to.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    private UUID id;

    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    /** Business key of the process instance the document belongs to, once attached. */
    @Column(name = "case_key")
    private String caseKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredDocument() {
    }

    StoredDocument(UUID id, String ownerKind, String ownerId, String purpose, String originalName,
                   String mediaType, long sizeBytes, String sha256, String storageKey, Instant createdAt) {
        this.id = id;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.purpose = purpose;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }

    void attachTo(String caseKey) {
        this.caseKey = caseKey;
    }

    public UUID getId() {
        return id;
    }

    public String getOwnerKind() {
        return ownerKind;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getCaseKey() {
        return caseKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
