package io.casehall.creditbank.rule;

import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ApplicationStatus;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.creditbank.method.MethodStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转换规则管理 (seed 004 §2.3.2): an institution's conversion rules — create (保存 as 未发布, or 发布 at once), edit and
 * delete while 未发布 or 下架, 发布 (only while the institution has a published conversion method), 撤回发布 (→ 下架).
 * The content's rules are {@link RuleContents}', the lists and views {@link RuleLists}'. Every look-up of an own rule
 * names the institution from the principal: another institution's id is not found.
 */
@Service
public class ConversionRules {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SOURCES = 20;
    static final String NUMBER_SERIES = "conversion-rule";

    private final ConversionRuleRepository rules;
    private final RuleContents contents;
    private final ConversionMethodRepository methods;
    private final ConversionApplicationRepository applications;
    private final DocumentStore documents;
    private final BusinessNumbers numbers;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    ConversionRules(ConversionRuleRepository rules, RuleContents contents, ConversionMethodRepository methods,
                    ConversionApplicationRepository applications, DocumentStore documents, BusinessNumbers numbers,
                    EntityManager entityManager, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.contents = contents;
        this.methods = methods;
        this.applications = applications;
        this.documents = documents;
        this.numbers = numbers;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule's content as typed: the type's constant name, the sources with their credits as text, the targets. */
    public record Content(String type, List<RuleForm.SourceLine> sources, Long targetMajorId, Long targetCourseId,
                          String description, boolean commitment) {

        public static Content of(RuleForm form) {
            return new Content(form.getType(), form.chosenSources(), form.getTargetMajorId(),
                    form.getTargetCourseId(), form.getDescription(), form.isCommitment());
        }
    }

    /** The institution's own rule, or {@link NotFoundException} (also for another institution's id). */
    @Transactional(readOnly = true)
    public ConversionRule own(InstitutionPrincipal me, long id) {
        return rules.findByIdAndInstitutionId(id, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    /** 转换规则制定: stores the rule (未发布), or publishes it at once; answers the rule. */
    @Transactional
    public ConversionRule create(InstitutionPrincipal me, Content content, UUID documentId, boolean publish) {
        RuleContents.Checked checked = contents.check(me, content);
        StoredDocument document = ownDocument(me, documentId);
        if (document == null) {
            throw new UserFacingException("creditbank.rule.error.fileRequired");
        }
        if (publish) {
            requirePublishedMethod(me);
        }
        ConversionRule rule = new ConversionRule(me.institutionId(), numbers.next(NUMBER_SERIES), me.userId(),
                clock.instant());
        rule.define(checked.type(), checked.sources(), checked.majorId(), checked.courseId(), checked.description(),
                document.getId(), document.getOriginalName(), clock.instant());
        documents.attachToCase(document.getId(), InstitutionFiles.caseKeyOf(me.institutionId()));
        rules.save(rule);
        audit.record(me, "CREDITBANK_RULE_CREATED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        if (publish) {
            rule.publish(clock.instant());
            audit.record(me, "CREDITBANK_RULE_PUBLISHED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        }
        return rule;
    }

    /** 修改: a 未发布 or 下架 rule without pending applications; a null document keeps the file. */
    @Transactional
    public ConversionRule update(InstitutionPrincipal me, long id, Content content, UUID documentId,
                                 boolean publish) {
        ConversionRule rule = own(me, id);
        requireChangeable(rule);
        RuleContents.Checked checked = contents.check(me, content);
        StoredDocument document = documentId == null || documentId.equals(rule.getDocumentId()) ? null
                : ownDocument(me, documentId);
        if (publish) {
            requirePublishedMethod(me);
        }
        rule.define(checked.type(), checked.sources(), checked.majorId(), checked.courseId(), checked.description(),
                document == null ? null : document.getId(), document == null ? null : document.getOriginalName(),
                clock.instant());
        if (document != null) {
            documents.attachToCase(document.getId(), InstitutionFiles.caseKeyOf(me.institutionId()));
        }
        audit.record(me, "CREDITBANK_RULE_UPDATED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        if (publish) {
            rule.publish(clock.instant());
            audit.record(me, "CREDITBANK_RULE_PUBLISHED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        }
        return rule;
    }

    /** 发布 a 未发布 or 下架 rule: only while the institution has a published conversion method. */
    @Transactional
    public ConversionRule publish(InstitutionPrincipal me, long id) {
        ConversionRule rule = own(me, id);
        if (rule.isPublished()) {
            throw new UserFacingException("creditbank.rule.error.alreadyPublished", rule.getCode());
        }
        requirePublishedMethod(me);
        rule.publish(clock.instant());
        audit.record(me, "CREDITBANK_RULE_PUBLISHED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        return rule;
    }

    /** 撤回发布: a published rule becomes 下架 and leaves the portal; pending applications are still decided. */
    @Transactional
    public ConversionRule withdraw(InstitutionPrincipal me, long id) {
        ConversionRule rule = own(me, id);
        if (!rule.isPublished()) {
            throw new UserFacingException("creditbank.rule.error.notPublished", rule.getCode());
        }
        rule.withdraw(clock.instant());
        audit.record(me, "CREDITBANK_RULE_WITHDRAWN", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        return rule;
    }

    /** 删除 a 未发布 or 下架 rule that no application names. */
    @Transactional
    public String delete(InstitutionPrincipal me, long id) {
        ConversionRule rule = own(me, id);
        requireChangeable(rule);
        Long applied = entityManager.createQuery("select count(a) from ConversionApplication a where a.ruleId = :id",
                Long.class).setParameter("id", rule.getId()).getSingleResult();
        if (applied > 0) {
            throw new UserFacingException("creditbank.rule.error.hasApplications", rule.getCode());
        }
        rules.delete(rule);
        audit.record(me, "CREDITBANK_RULE_DELETED", "creditbank-conversion-rule", rule.getId(), rule.getCode());
        return rule.getCode();
    }

    /** Whether the rule may be changed now (未发布 / 下架, no pending application): the pages offer 修改/删除. */
    @Transactional(readOnly = true)
    public boolean changeable(ConversionRule rule) {
        return rule.isEditable() && !applications.existsByRuleIdAndStatus(rule.getId(), ApplicationStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public boolean hasPublishedMethod(InstitutionPrincipal me) {
        return methods.existsByInstitutionIdAndStatus(me.institutionId(), MethodStatus.PUBLISHED);
    }

    /** Stores an uploaded rule PDF (checked by content, ≤ 10 MB) for the user; the form keeps its id. */
    @Transactional
    public StoredDocument storeFile(InstitutionPrincipal me, String fileName, byte[] content) {
        return documents.store(me, UploadPolicy.CONVERSION_DOCUMENT, fileName, content);
    }

    /** The name of a file the user uploaded for the form (hidden field), or null when it is not theirs. */
    @Transactional(readOnly = true)
    public String ownFileName(InstitutionPrincipal me, UUID documentId) {
        try {
            StoredDocument document = ownDocument(me, documentId);
            return document == null ? null : document.getOriginalName();
        } catch (UserFacingException e) {
            return null;
        }
    }

    private void requirePublishedMethod(InstitutionPrincipal me) {
        if (!hasPublishedMethod(me)) {
            throw new UserFacingException("creditbank.rule.error.noPublishedMethod");
        }
    }

    private void requireChangeable(ConversionRule rule) {
        if (!rule.isEditable()) {
            throw new UserFacingException("creditbank.rule.error.published", rule.getCode());
        }
        if (applications.existsByRuleIdAndStatus(rule.getId(), ApplicationStatus.PENDING)) {
            throw new UserFacingException("creditbank.rule.error.pendingApplications", rule.getCode());
        }
    }

    /** A document the user uploaded (a forged id of someone else's file is refused), or null for none. */
    private StoredDocument ownDocument(InstitutionPrincipal me, UUID documentId) {
        if (documentId == null) {
            return null;
        }
        try {
            StoredDocument document = documents.describeOwned(documentId, me);
            if (!UploadPolicy.CONVERSION_DOCUMENT.purpose().equals(document.getPurpose())) {
                throw new UserFacingException("creditbank.rule.error.fileRequired");
            }
            return document;
        } catch (NotFoundException e) {
            throw new UserFacingException("creditbank.rule.error.fileRequired");
        }
    }
}
