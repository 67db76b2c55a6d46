package io.casehall.shared.spreadsheet;

import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an import screen calls: runs an upload through the engine and keeps the run as an
 * {@link ImportBatch} with its report stored in the {@link DocumentStore}; lists recent runs; serves the
 * template and (audited) report downloads.
 *
 * <pre>{@code
 * ImportResult result = imports.run(definition, null, file.getOriginalFilename(), file.getBytes(), sink, actor);
 * auditLog.record("REGISTRY_IMPORTED", "import-batch", result.batch().getId(), ...);
 * }</pre>
 */
@Service
public class SpreadsheetImports {

    /** Purpose under which report documents are stored. */
    public static final String REPORT_PURPOSE = "import-report";

    private final SpreadsheetImporter importer;
    private final DocumentStore documents;
    private final ImportBatchRepository batches;
    private final Messages messages;
    private final Clock clock;

    public SpreadsheetImports(SpreadsheetImporter importer, DocumentStore documents, ImportBatchRepository batches,
                              Messages messages, Clock clock) {
        this.importer = importer;
        this.documents = documents;
        this.batches = batches;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Validates the upload ({@link UploadPolicy#SPREADSHEET}: type by content, size), imports it into the sink
     * inside the caller's transaction, stores the report workbook and records the batch. A file refused as a
     * whole throws {@code DocumentRejectedException} or {@link SpreadsheetRejectedException} (both
     * {@code UserFacingException}s) and records nothing.
     *
     * @param scope optional sub-division of the kind (a plan, checkpoint or institution), or null
     */
    @Transactional
    public <T> ImportResult run(ImportDefinition<T> definition, String scope, String fileName, byte[] content,
                                ImportSink<T> sink, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Instant started = clock.instant();
        documents.validate(UploadPolicy.SPREADSHEET, fileName, content);
        ImportReport report = importer.importWorkbook(definition, content, sink);
        String name = displayName(fileName);
        StoredDocument stored = documents.storeGenerated(actor, REPORT_PURPOSE, reportFileName(name), FileKind.XLSX,
                importer.reportWorkbook(report));
        ImportBatch batch = batches.save(new ImportBatch(definition.kind(), scope, name, actor, started,
                clock.instant(), report, stored.getId()));
        // Administrators may read every report; the importer reads their own as its owner.
        documents.attachToCase(stored.getId(), "import-batch-" + batch.getId());
        return new ImportResult(batch, report);
    }

    /** The template workbook of a definition (header row, formats, instruction sheet). */
    public byte[] template(ImportDefinition<?> definition) {
        return importer.template(definition);
    }

    /** File name for the template download, e.g. 毕业生库导入模板.xlsx. */
    public String templateFileName(ImportDefinition<?> definition) {
        return messages.get("spreadsheet.template.fileName", definition.sheetName());
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(String kind, int limit) {
        return batches.findByKindOrderByIdDesc(kind, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(String kind, String scope, int limit) {
        return batches.findByKindAndScopeOrderByIdDesc(kind, scope, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public Optional<ImportBatch> find(String kind, long batchId) {
        return batches.findById(batchId).filter(batch -> batch.getKind().equals(kind));
    }

    /**
     * Lets whoever may read the case's documents read this import's report too (e.g. every user of the institution
     * that imported), not only the importer.
     */
    @Transactional
    public void shareReport(ImportBatch batch, String caseKey) {
        if (batch.getReportDocumentId() != null) {
            documents.attachToCase(batch.getReportDocumentId(), caseKey);
        }
    }

    /**
     * The report workbook of a batch of this kind, read through the document store (which audits the read
     * and allows it to the importer and to administrators); otherwise {@link NotFoundException}.
     */
    @Transactional
    public DocumentContent readReport(String kind, long batchId, Actor actor) {
        ImportBatch batch = find(kind, batchId).orElseThrow(NotFoundException::new);
        if (batch.getReportDocumentId() == null) {
            throw new NotFoundException();
        }
        return documents.read(batch.getReportDocumentId(), actor);
    }

    private String reportFileName(String uploadName) {
        String base = uploadName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? uploadName.substring(0, uploadName.length() - 5) : uploadName;
        return messages.get("spreadsheet.report.fileName", base);
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.xlsx";
        }
        String path = fileName.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        if (name.isBlank()) {
            return "upload.xlsx";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
