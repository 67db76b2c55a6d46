package io.casehall.shared.spreadsheet;

import io.casehall.shared.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import run: what was imported (kind, and an optional scope such as a clearance plan's checkpoint or
 * an institution), from which file, by whom, when, with what counts, and the report document.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    private String scope;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "imported_by_kind", nullable = false)
    private String importedByKind;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "refused_rows", nullable = false)
    private int refusedRows;

    @Column(name = "report_document_id")
    private UUID reportDocumentId;

    protected ImportBatch() {
    }

    ImportBatch(String kind, String scope, String fileName, Actor actor, Instant startedAt, Instant finishedAt,
                ImportReport report, UUID reportDocumentId) {
        this.kind = kind;
        this.scope = scope;
        this.fileName = fileName;
        this.importedByKind = actor.actorKind().name();
        this.importedBy = actor.actorId();
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.totalRows = report.totalRows();
        this.importedRows = report.imported();
        this.refusedRows = report.refused();
        this.reportDocumentId = reportDocumentId;
    }

    /** Whether this actor ran the import (and so owns its report document). */
    public boolean isImportedBy(Actor actor) {
        return actor != null && importedByKind.equals(actor.actorKind().name()) && importedBy.equals(actor.actorId());
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getScope() {
        return scope;
    }

    public String getFileName() {
        return fileName;
    }

    public String getImportedByKind() {
        return importedByKind;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public int getRefusedRows() {
        return refusedRows;
    }

    public UUID getReportDocumentId() {
        return reportDocumentId;
    }
}
