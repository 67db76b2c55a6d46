package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A scan the applicant uploaded for an item; replaced files are kept for the record. */
@Entity
@Table(name = "archive_item_file")
public class ArchiveItemFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ArchiveItem item;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private boolean replaced;

    protected ArchiveItemFile() {
    }

    ArchiveItemFile(ArchiveItem item, UUID documentId, String fileName, Instant uploadedAt) {
        this.item = item;
        this.documentId = documentId;
        this.fileName = fileName;
        this.uploadedAt = uploadedAt;
    }

    void markReplaced() {
        this.replaced = true;
    }

    public Long getId() { return id; }
    public UUID getDocumentId() { return documentId; }
    public String getFileName() { return fileName; }
    public Instant getUploadedAt() { return uploadedAt; }
    public boolean isReplaced() { return replaced; }
}
