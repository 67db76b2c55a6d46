package io.casehall.shared.document;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps uploaded and generated files. Validates uploads by content, stores them outside the web root
 * under server-made names, and lets only the owner, or staff whose open task needs the case, read them.
 * Every read, allowed or refused, is audited.
 */
@Service
public class DocumentStore {

    private final StoredDocumentRepository repository;
    private final List<CaseDocumentAccess> caseAccess;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Path root;

    public DocumentStore(StoredDocumentRepository repository, List<CaseDocumentAccess> caseAccess, AuditLog auditLog,
                         Clock clock, @Value("${casehall.documents.root}") String root) {
        this.repository = repository;
        this.caseAccess = List.copyOf(caseAccess);
        this.auditLog = auditLog;
        this.clock = clock;
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /**
     * Checks an upload against its policy without storing it: size, type by name and content, and the content
     * opened as that type. Throws {@link DocumentRejectedException}.
     */
    public FileKind validate(UploadPolicy policy, String originalName, byte[] content) {
        return UploadCheck.validate(policy, originalName, content);
    }

    @Transactional
    public StoredDocument store(Actor owner, UploadPolicy policy, String originalName, byte[] content) {
        FileKind kind = validate(policy, originalName, content);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        String storageKey = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), id);
        write(storageKey, content);
        StoredDocument document = repository.save(new StoredDocument(id, owner.actorKind().name(), owner.actorId(),
                policy.purpose(), UploadCheck.safeName(originalName), kind.mediaType(), content.length,
                sha256(content), storageKey, clock.instant()));
        auditLog.record(owner, "DOCUMENT_STORED", "document", id, policy.purpose() + " " + document.getOriginalName());
        return document;
    }

    /** Stores a file the system produced (a report, a certificate); it has no uploader to validate. */
    @Transactional
    public StoredDocument storeGenerated(Actor owner, String purpose, String fileName, FileKind kind, byte[] content) {
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        String storageKey = "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), id);
        write(storageKey, content);
        return repository.save(new StoredDocument(id, owner.actorKind().name(), owner.actorId(), purpose,
                UploadCheck.safeName(fileName), kind.mediaType(), content.length, sha256(content), storageKey,
                clock.instant()));
    }

    /** Links a document to the case (process business key) whose staff may then read it. */
    @Transactional
    public void attachToCase(UUID documentId, String caseKey) {
        repository.findById(documentId).ifPresent(document -> document.attachTo(caseKey));
    }

    /** Metadata of a document the actor owns; others get {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public StoredDocument describeOwned(UUID documentId, Actor actor) {
        return repository.findById(documentId)
                .filter(document -> isOwner(document, actor))
                .orElseThrow(NotFoundException::new);
    }

    /** Reads a document for the actor, or throws {@link NotFoundException} if it is not theirs to read. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public DocumentContent read(UUID documentId, Actor actor) {
        StoredDocument document = repository.findById(documentId).orElse(null);
        boolean allowed = document != null && mayRead(document, actor);
        auditLog.record(actor, allowed ? "DOCUMENT_READ" : "DOCUMENT_READ_REFUSED", "document", documentId,
                document == null ? "unknown document" : document.getPurpose());
        if (!allowed) {
            throw new NotFoundException();
        }
        try {
            return new DocumentContent(document, Files.readAllBytes(pathOf(document.getStorageKey())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean mayRead(StoredDocument document, Actor actor) {
        if (isOwner(document, actor)) {
            return true;
        }
        return document.getCaseKey() != null
                && caseAccess.stream().anyMatch(access -> access.mayRead(actor, document.getCaseKey()));
    }

    private static boolean isOwner(StoredDocument document, Actor actor) {
        return document.getOwnerKind().equals(actor.actorKind().name()) && document.getOwnerId().equals(actor.actorId());
    }

    private void write(String storageKey, byte[] content) {
        try {
            Path target = pathOf(storageKey);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String storageKey) {
        Path path = root.resolve(storageKey).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key escapes the document root");
        }
        return path;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
