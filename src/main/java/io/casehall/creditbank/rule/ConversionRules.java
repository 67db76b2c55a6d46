package io.casehall.creditbank.rule;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.conversion.ApplicationStatus;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.creditbank.method.MethodStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转换规则管理 (seed 004 §2.3.2): an institution's conversion rules — create (保存 as 未发布, or 发布 at once), edit and
 * delete while 未发布 or 下架, 发布 (only while the institution has a published conversion method), 撤回发布 (→ 下架);
 * the rules of other institutions that use its achievements as a source (与我相关); and the published rules of all
 * institutions for the portal. Every look-up of an own rule names the institution from the principal: another
 * institution's id is not found.
 */
@Service
public class ConversionRules {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SOURCES = 20;
    static final int SEARCH_LIMIT = 20;
    static final BigDecimal MAX_CREDITS = new BigDecimal("999.9");
    static final String NUMBER_SERIES = "conversion-rule";

    private final ConversionRuleRepository rules;
    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;
    private final ConversionMethodRepository methods;
    private final ConversionApplicationRepository applications;
    private final DocumentStore documents;
    private final BusinessNumbers numbers;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    ConversionRules(ConversionRuleRepository rules, AchievementRepository achievements,
                    InstitutionRepository institutions, ConversionMethodRepository methods,
                    ConversionApplicationRepository applications, DocumentStore documents, BusinessNumbers numbers,
                    EntityManager entityManager, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.achievements = achievements;
        this.institutions = institutions;
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

    /** Which list: 我发布的, 与我相关的, or the portal's published rules of all institutions. */
    public enum Scope { MINE, RELATED, PORTAL }

    // ---- lists ----

    @Transactional(readOnly = true)
    public Page<RuleViews.Row> list(Long institutionId, Scope scope, RuleFilter filter, int page) {
        int number = Math.max(0, page);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (scope) {
            case MINE -> {
                where.append(" and r.institutionId = :me");
                parameters.put("me", institutionId);
            }
            case RELATED -> {
                where.append(" and r.status = :published and r.institutionId <> :me and exists (select 1 from"
                        + " ConversionRule rs join rs.sources s where rs.id = r.id and s.institutionId = :me)");
                parameters.put("me", institutionId);
                parameters.put("published", RuleStatus.PUBLISHED);
            }
            case PORTAL -> {
                where.append(" and r.status = :published");
                parameters.put("published", RuleStatus.PUBLISHED);
            }
        }
        if (filter.code() != null) {
            where.append(" and r.code like :code escape '\\'");
            parameters.put("code", "%" + likeEscaped(filter.code()) + "%");
        }
        if (filter.type() != null) {
            where.append(" and r.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null && scope == Scope.MINE) {
            where.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.source() != null) {
            where.append(" and exists (select 1 from ConversionRule rn join rn.sources sn, Achievement an"
                    + " where rn.id = r.id and an.id = sn.achievementId and lower(an.name) like :source escape '\\')");
            parameters.put("source", like(filter.source()));
        }
        if (filter.target() != null) {
            where.append(" and exists (select 1 from Achievement at where (at.id = r.targetMajorId"
                    + " or at.id = r.targetCourseId) and lower(at.name) like :target escape '\\')");
            parameters.put("target", like(filter.target()));
        }
        if (filter.institution() != null) {
            where.append(" and (exists (select 1 from Institution ir where ir.id = r.institutionId"
                    + " and lower(ir.name) like :institution escape '\\') or exists (select 1 from ConversionRule ri"
                    + " join ri.sources si, Institution isrc where ri.id = r.id and isrc.id = si.institutionId"
                    + " and lower(isrc.name) like :institution escape '\\'))");
            parameters.put("institution", like(filter.institution()));
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(r) from ConversionRule r" + where,
                Long.class);
        TypedQuery<ConversionRule> rows = entityManager.createQuery("select r from ConversionRule r" + where
                + " order by r.id desc", ConversionRule.class);
        parameters.forEach((key, value) -> {
            count.setParameter(key, value);
            rows.setParameter(key, value);
        });
        long total = count.getSingleResult();
        List<ConversionRule> content = rows.setFirstResult(number * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new PageImpl<>(rowsOf(content), PageRequest.of(number, PAGE_SIZE), total);
    }

    /** The institution's own rule, or {@link NotFoundException} (also for another institution's id). */
    @Transactional(readOnly = true)
    public ConversionRule own(InstitutionPrincipal me, long id) {
        return rules.findByIdAndInstitutionId(id, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    /**
     * A rule the institution may view: its own, or a published one of another institution that uses one of its
     * achievements as a source (与我相关). Anything else is not found.
     */
    @Transactional(readOnly = true)
    public RuleViews.Row viewable(InstitutionPrincipal me, long id) {
        ConversionRule rule = rules.findById(id).filter(r -> r.getInstitutionId().equals(me.institutionId())
                || (r.isPublished() && r.getSources().stream()
                .anyMatch(s -> s.getInstitutionId().equals(me.institutionId()))))
                .orElseThrow(NotFoundException::new);
        return rowsOf(List.of(rule)).get(0);
    }

    /** A published rule for the portal, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public RuleViews.Row published(long id) {
        return rowsOf(List.of(rules.findByIdAndStatus(id, RuleStatus.PUBLISHED).orElseThrow(NotFoundException::new)))
                .get(0);
    }

    /** The stamped PDF of a rule the institution may view (its own, or a related published one). */
    @Transactional
    public DocumentContent file(InstitutionPrincipal me, long id) {
        ConversionRule rule = viewable(me, id).rule();
        return rule.getInstitutionId().equals(me.institutionId()) ? documents.read(rule.getDocumentId(), me)
                : documents.read(rule.getDocumentId(), RuleFiles.PUBLISHED_RULE_READER);
    }

    /** The stamped PDF of a published rule, for anyone (the portal). */
    @Transactional
    public DocumentContent publishedFile(long id) {
        ConversionRule rule = rules.findByIdAndStatus(id, RuleStatus.PUBLISHED).orElseThrow(NotFoundException::new);
        return documents.read(rule.getDocumentId(), RuleFiles.PUBLISHED_RULE_READER);
    }

    // ---- the form's choices ----

    /**
     * The source search: achievements of any institution whose name and institution match, of the type's source
     * category when a type is chosen (recognised or not: the list shows 认定状态), at most {@value #SEARCH_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<RuleViews.Cell> searchSources(String type, String name, String institution) {
        String n = blankToNull(name);
        String i = blankToNull(institution);
        if (n == null && i == null) {
            return List.of();
        }
        ConversionRuleType ruleType = typeOf(type);
        StringBuilder jpql = new StringBuilder("select a from Achievement a, Institution ins"
                + " where ins.id = a.institutionId");
        if (n != null) {
            jpql.append(" and lower(a.name) like :name escape '\\'");
        }
        if (i != null) {
            jpql.append(" and (lower(ins.name) like :institution escape '\\'"
                    + " or lower(a.issuer) like :institution escape '\\')");
        }
        if (ruleType != null) {
            jpql.append(" and a.category = :category");
        }
        TypedQuery<Achievement> query = entityManager.createQuery(jpql + " order by a.id desc", Achievement.class);
        if (n != null) {
            query.setParameter("name", like(n));
        }
        if (i != null) {
            query.setParameter("institution", like(i));
        }
        if (ruleType != null) {
            query.setParameter("category", ruleType.source());
        }
        return cells(query.setMaxResults(SEARCH_LIMIT).getResultList());
    }

    /** The achievements named by the form's source rows, in the form's order (unknown ids left out). */
    @Transactional(readOnly = true)
    public Map<Long, RuleViews.Cell> cellsOf(Collection<Long> ids) {
        Map<Long, RuleViews.Cell> found = new LinkedHashMap<>();
        cells(achievements.findAllById(ids)).forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** 目标成果: the institution's certificates (专业) and courses (课程) the form offers. */
    @Transactional(readOnly = true)
    public List<RuleViews.Cell> ownTargets(InstitutionPrincipal me, boolean courses) {
        List<Achievement> own = entityManager.createQuery("select a from Achievement a where a.institutionId = :me"
                        + " order by a.name", Achievement.class)
                .setParameter("me", me.institutionId()).setMaxResults(2000).getResultList();
        return cells(own.stream().filter(a -> a.getSubtype().isCourse() == courses).toList());
    }

    // ---- changes ----

    /** 转换规则制定: stores the rule (未发布), or publishes it at once; answers the rule. */
    @Transactional
    public ConversionRule create(InstitutionPrincipal me, Content content, UUID documentId, boolean publish) {
        Checked checked = check(me, content);
        StoredDocument document = ownDocument(me, documentId);
        if (document == null) {
            throw new UserFacingException("creditbank.rule.error.fileRequired");
        }
        if (publish) {
            requirePublishedMethod(me);
        }
        ConversionRule rule = new ConversionRule(me.institutionId(), numbers.next(NUMBER_SERIES), me.userId(),
                clock.instant());
        rule.define(checked.type, checked.sources, checked.majorId, checked.courseId, checked.description,
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
        Checked checked = check(me, content);
        StoredDocument document = documentId == null || documentId.equals(rule.getDocumentId()) ? null
                : ownDocument(me, documentId);
        if (publish) {
            requirePublishedMethod(me);
        }
        rule.define(checked.type, checked.sources, checked.majorId, checked.courseId, checked.description,
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

    // ---- rules of the content ----

    private record Checked(ConversionRuleType type, List<RuleSource> sources, Long majorId, Long courseId,
                           String description) {
    }

    private Checked check(InstitutionPrincipal me, Content content) {
        ConversionRuleType type = typeOf(content.type());
        if (type == null) {
            throw new UserFacingException("creditbank.rule.error.typeRequired");
        }
        if (content.sources().isEmpty()) {
            throw new UserFacingException("creditbank.rule.error.sourceRequired");
        }
        if (content.sources().size() > MAX_SOURCES) {
            throw new UserFacingException("creditbank.rule.error.tooManySources", MAX_SOURCES);
        }
        Map<Long, Achievement> found = achievements.findAllById(content.sources().stream()
                        .map(RuleForm.SourceLine::getAchievementId).toList()).stream()
                .collect(Collectors.toMap(Achievement::getId, Function.identity()));
        List<RuleSource> sources = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RuleForm.SourceLine line : content.sources()) {
            Achievement source = found.get(line.getAchievementId());
            if (source == null) {
                throw new UserFacingException("creditbank.rule.error.sourceMissing");
            }
            if (!seen.add(source.getId())) {
                throw new UserFacingException("creditbank.rule.error.sourceTwice", source.getName());
            }
            if (source.getCategory() != type.source()) {
                throw new UserFacingException("creditbank.rule.error.sourceCategory." + type.source().name(),
                        source.getName());
            }
            sources.add(new RuleSource(source.getId(), source.getInstitutionId(),
                    credits(line.getCredits(), source.getName())));
        }
        Achievement major = content.targetMajorId() == null ? null : ownTarget(me, content.targetMajorId());
        Achievement course = content.targetCourseId() == null ? null : ownTarget(me, content.targetCourseId());
        if (major == null && course == null) {
            throw new UserFacingException("creditbank.rule.error.targetRequired");
        }
        if (major != null) {
            boolean fits = type.target() == AchievementCategory.DEGREE ? major.getSubtype().isDegreeCertificate()
                    : major.getCategory() == AchievementCategory.NON_DEGREE;
            if (!fits) {
                throw new UserFacingException("creditbank.rule.error.majorKind", major.getName());
            }
        }
        if (course != null) {
            if (!course.getSubtype().isCourse()) {
                throw new UserFacingException("creditbank.rule.error.courseKind", course.getName());
            }
            if (type.target() != AchievementCategory.DEGREE) {
                throw new UserFacingException("creditbank.rule.error.courseNotForNonDegree");
            }
        }
        if (type.target() == AchievementCategory.DEGREE && course == null) {
            throw new UserFacingException("creditbank.rule.error.courseRequired");
        }
        for (RuleSource source : sources) {
            if ((major != null && source.getAchievementId().equals(major.getId()))
                    || (course != null && source.getAchievementId().equals(course.getId()))) {
                throw new UserFacingException("creditbank.rule.error.sourceIsTarget",
                        found.get(source.getAchievementId()).getName());
            }
        }
        String description = content.description() == null ? "" : content.description().strip();
        if (description.isEmpty()) {
            throw new UserFacingException("creditbank.rule.error.descriptionRequired");
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            throw new UserFacingException("creditbank.rule.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        if (!content.commitment()) {
            throw new UserFacingException("creditbank.rule.error.commitmentRequired");
        }
        return new Checked(type, sources, major == null ? null : major.getId(), course == null ? null : course.getId(),
                description);
    }

    private Achievement ownTarget(InstitutionPrincipal me, long id) {
        return achievements.findByIdAndInstitutionId(id, me.institutionId())
                .orElseThrow(() -> new UserFacingException("creditbank.rule.error.targetNotOwn"));
    }

    private static BigDecimal credits(String text, String sourceName) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new UserFacingException("creditbank.rule.error.creditsRequired", sourceName);
        }
        BigDecimal credits;
        try {
            credits = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new UserFacingException("creditbank.rule.error.creditsInvalid", sourceName);
        }
        if (credits.signum() <= 0 || credits.compareTo(MAX_CREDITS) > 0 || credits.stripTrailingZeros().scale() > 1) {
            throw new UserFacingException("creditbank.rule.error.creditsInvalid", sourceName);
        }
        return credits.setScale(1, java.math.RoundingMode.UNNECESSARY);
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

    // ---- views ----

    private List<RuleViews.Row> rowsOf(List<ConversionRule> list) {
        Set<Long> achievementIds = new HashSet<>();
        Set<Long> institutionIds = new HashSet<>();
        for (ConversionRule rule : list) {
            achievementIds.addAll(rule.sourceAchievementIds());
            if (rule.getTargetMajorId() != null) {
                achievementIds.add(rule.getTargetMajorId());
            }
            if (rule.getTargetCourseId() != null) {
                achievementIds.add(rule.getTargetCourseId());
            }
            institutionIds.add(rule.getInstitutionId());
        }
        Map<Long, RuleViews.Cell> cells = cellsOf(achievementIds);
        Map<Long, String> names = institutionNames(institutionIds);
        return list.stream().map(rule -> new RuleViews.Row(rule, names.get(rule.getInstitutionId()),
                rule.getSources().stream().filter(s -> cells.containsKey(s.getAchievementId()))
                        .map(s -> new RuleViews.Source(cells.get(s.getAchievementId()), RuleViews.plain(s.getCredits())))
                        .toList(),
                rule.getTargetMajorId() == null ? null : cells.get(rule.getTargetMajorId()),
                rule.getTargetCourseId() == null ? null : cells.get(rule.getTargetCourseId()))).toList();
    }

    private List<RuleViews.Cell> cells(List<Achievement> list) {
        Map<Long, String> names = institutionNames(list.stream().map(Achievement::getInstitutionId)
                .collect(Collectors.toSet()));
        return list.stream().map(a -> RuleViews.Cell.of(a, names.get(a.getInstitutionId()))).toList();
    }

    private Map<Long, String> institutionNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            institutions.findAllById(ids).forEach(i -> names.put(i.getId(), i.getName()));
        }
        return names;
    }

    static ConversionRuleType typeOf(String value) {
        return Arrays.stream(ConversionRuleType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String like(String value) {
        return "%" + likeEscaped(value.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
