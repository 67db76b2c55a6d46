package io.casehall.creditbank.method;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转换办法发布 (seed 004 §2.3.1): an institution uploads its stamped conversion method (a PDF), saves it 未发布 or
 * publishes it; only one is published at a time (the database's unique key is the last guard); a published method is
 * withdrawn (撤销发布) back to 未发布 before it may be changed or deleted. Every look-up names the signed-in
 * institution; a method of another institution answers as not found. The portal reads the published ones.
 */
@Service
public class ConversionMethods {

    public static final int MAX_NAME = 100;
    public static final UploadPolicy POLICY = UploadPolicy.CONVERSION_DOCUMENT;
    static final String OBJECT = "creditbank-method";

    private final ConversionMethodRepository methods;
    private final InstitutionRepository institutions;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final Clock clock;

    ConversionMethods(ConversionMethodRepository methods, InstitutionRepository institutions, DocumentStore documents,
                      AuditLog audit, Clock clock) {
        this.methods = methods;
        this.institutions = institutions;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list's filters: 发布时间 (from–to, days in the server's zone, either may be open) and 状态. */
    public record Filter(LocalDate publishedFrom, LocalDate publishedTo, MethodStatus status) {

        public static Filter none() {
            return new Filter(null, null, null);
        }

        boolean matches(ConversionMethod method, Clock clock) {
            if (status != null && method.getStatus() != status) {
                return false;
            }
            if (publishedFrom == null && publishedTo == null) {
                return true;
            }
            if (!method.isPublished() || method.getPublishedAt() == null) {
                return false;
            }
            LocalDate day = LocalDate.ofInstant(method.getPublishedAt(), clock.getZone());
            return (publishedFrom == null || !day.isBefore(publishedFrom))
                    && (publishedTo == null || !day.isAfter(publishedTo));
        }
    }

    /** The institution's methods, newest upload first (an institution has a handful: no paging). */
    @Transactional(readOnly = true)
    public List<ConversionMethod> list(InstitutionPrincipal me, Filter filter) {
        Filter f = filter == null ? Filter.none() : filter;
        return methods.findByInstitutionIdOrderByUploadedAtDesc(me.institutionId()).stream()
                .filter(m -> f.matches(m, clock)).toList();
    }

    /** One of the institution's methods, or {@link NotFoundException} (also for another institution's). */
    @Transactional(readOnly = true)
    public ConversionMethod get(InstitutionPrincipal me, long id) {
        return methods.findByIdAndInstitutionId(id, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    /**
     * 上传转换办法: the name, the PDF (checked by content, at most 10 MB) and the ticked commitment; saved 未发布,
     * or published at once when {@code publish} (refused while another method is published).
     */
    @Transactional
    public ConversionMethod upload(InstitutionPrincipal me, String name, boolean committed, String fileName,
                                   byte[] file, boolean publish) {
        String text = checkName(name);
        if (file == null || file.length == 0) {
            throw new UserFacingException("creditbank.method.fileRequired");
        }
        checkCommitted(committed);
        if (publish) {
            refuseIfAnotherPublished(me, null);
        }
        StoredDocument document = store(me, fileName, file);
        ConversionMethod method = methods.saveAndFlush(new ConversionMethod(me.institutionId(), text, document.getId(),
                document.getOriginalName(), me.userId(), clock.instant()));
        audit.record(me, "CREDITBANK_METHOD_UPLOADED", OBJECT, method.getId(), text);
        if (publish) {
            publish(me, method);
        }
        return method;
    }

    /** 修改: a new name and/or a new file, only while 未发布. */
    @Transactional
    public ConversionMethod update(InstitutionPrincipal me, long id, String name, boolean committed, String fileName,
                                   byte[] file) {
        ConversionMethod method = get(me, id);
        refuseIfPublished(method);
        String text = checkName(name);
        checkCommitted(committed);
        StoredDocument document = file == null || file.length == 0 ? null : store(me, fileName, file);
        method.replace(text, document == null ? null : document.getId(),
                document == null ? null : document.getOriginalName(), clock.instant());
        methods.saveAndFlush(method);
        audit.record(me, "CREDITBANK_METHOD_CHANGED", OBJECT, method.getId(),
                document == null ? text : text + " document=" + document.getId());
        return method;
    }

    /** 发布: refused with the seed's message while another of the institution's methods is published. */
    @Transactional
    public ConversionMethod publish(InstitutionPrincipal me, long id) {
        ConversionMethod method = get(me, id);
        if (method.isPublished()) {
            throw new UserFacingException("creditbank.method.alreadyPublished");
        }
        refuseIfAnotherPublished(me, method.getId());
        publish(me, method);
        return method;
    }

    private void publish(InstitutionPrincipal me, ConversionMethod method) {
        method.publish(clock.instant());
        try {
            methods.saveAndFlush(method);
        } catch (DataIntegrityViolationException e) {
            // Two users publishing at the same moment: the unique key lets one through.
            throw new UserFacingException("creditbank.method.onePublished");
        }
        audit.record(me, "CREDITBANK_METHOD_PUBLISHED", OBJECT, method.getId(), method.getName());
    }

    /** 撤销发布: the published method becomes 未发布 again (and may then be changed or deleted). */
    @Transactional
    public ConversionMethod withdraw(InstitutionPrincipal me, long id) {
        ConversionMethod method = get(me, id);
        if (!method.isPublished()) {
            throw new UserFacingException("creditbank.method.notPublished");
        }
        method.withdraw();
        methods.saveAndFlush(method);
        audit.record(me, "CREDITBANK_METHOD_WITHDRAWN", OBJECT, method.getId(), method.getName());
        return method;
    }

    /** 删除: only while 未发布. Answers the deleted method's name. */
    @Transactional
    public String delete(InstitutionPrincipal me, long id) {
        ConversionMethod method = get(me, id);
        refuseIfPublished(method);
        methods.delete(method);
        methods.flush();
        audit.record(me, "CREDITBANK_METHOD_DELETED", OBJECT, id, method.getName());
        return method.getName();
    }

    /** The method's PDF for a user of its institution (the document store audits the read). */
    @Transactional
    public DocumentContent file(InstitutionPrincipal me, long id) {
        return documents.read(get(me, id).getDocumentId(), me);
    }

    // ---- the portal ----

    /** A published method as the portal shows it. */
    public record Published(long id, long institutionId, String institutionName, String name, Instant publishedAt,
                            String fileName) {
    }

    /** Every institution's published method, newest publication first. */
    @Transactional(readOnly = true)
    public List<Published> publishedMethods() {
        List<ConversionMethod> published = methods.findByStatusOrderByPublishedAtDesc(MethodStatus.PUBLISHED);
        Map<Long, String> names = institutions.findAllById(published.stream().map(ConversionMethod::getInstitutionId)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(Institution::getId, Institution::getName));
        return published.stream().map(m -> published(m, names.getOrDefault(m.getInstitutionId(), "")))
                .sorted(Comparator.comparing(Published::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The institution's published method, if any (a rule may be published only while there is one). */
    @Transactional(readOnly = true)
    public Optional<Published> publishedOf(Long institutionId) {
        return methods.findByInstitutionIdAndStatus(institutionId, MethodStatus.PUBLISHED)
                .map(m -> published(m, institutions.findById(institutionId).map(Institution::getName).orElse("")));
    }

    /** A published method's PDF for anyone (the portal is public); not found once it is no longer published. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public DocumentContent publishedFile(long id) {
        ConversionMethod method = methods.findById(id).filter(ConversionMethod::isPublished)
                .orElseThrow(NotFoundException::new);
        return documents.read(method.getDocumentId(),
                new PublishedMethodFiles.Reader(method.getInstitutionId(), method.getId()));
    }

    private static Published published(ConversionMethod m, String institutionName) {
        return new Published(m.getId(), m.getInstitutionId(), institutionName, m.getName(), m.getPublishedAt(),
                m.getFileName());
    }

    // ---- checks ----

    private static String checkName(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("creditbank.method.nameRequired");
        }
        if (text.length() > MAX_NAME) {
            throw new UserFacingException("creditbank.method.nameTooLong", MAX_NAME);
        }
        return text;
    }

    private static void checkCommitted(boolean committed) {
        if (!committed) {
            throw new UserFacingException("creditbank.method.commitRequired");
        }
    }

    private static void refuseIfPublished(ConversionMethod method) {
        if (method.isPublished()) {
            throw new UserFacingException("creditbank.method.publishedLocked");
        }
    }

    private void refuseIfAnotherPublished(InstitutionPrincipal me, Long exceptId) {
        methods.findByInstitutionIdAndStatus(me.institutionId(), MethodStatus.PUBLISHED)
                .filter(m -> !m.getId().equals(exceptId))
                .ifPresent(m -> {
                    throw new UserFacingException("creditbank.method.onePublished");
                });
    }

    private StoredDocument store(InstitutionPrincipal me, String fileName, byte[] file) {
        StoredDocument document = documents.store(me, POLICY, fileName == null ? "" : fileName, file);
        documents.attachToCase(document.getId(), InstitutionFiles.caseKeyOf(me.institutionId()));
        return document;
    }
}
