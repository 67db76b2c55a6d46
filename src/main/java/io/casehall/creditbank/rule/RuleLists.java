package io.casehall.creditbank.rule;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the conversion rule pages read: the lists (我发布的, 与我相关的, the portal's published rules of all
 * institutions) with the seed's filters, one rule as an institution or the portal may view it, its stamped PDF, and
 * the rule form's choices (the source search, the own targets). Changes are {@link ConversionRules}'.
 */
@Service
public class RuleLists {

    public static final int PAGE_SIZE = 10;
    static final int SEARCH_LIMIT = 20;

    private final ConversionRuleRepository rules;
    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;
    private final DocumentStore documents;
    private final EntityManager entityManager;

    RuleLists(ConversionRuleRepository rules, AchievementRepository achievements, InstitutionRepository institutions,
              DocumentStore documents, EntityManager entityManager) {
        this.rules = rules;
        this.achievements = achievements;
        this.institutions = institutions;
        this.documents = documents;
        this.entityManager = entityManager;
    }

    /** Which list: 我发布的, 与我相关的, or the portal's published rules of all institutions. */
    public enum Scope { MINE, RELATED, PORTAL }

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
            parameters.put("code", SearchText.contains(filter.code()));
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
            parameters.put("source", SearchText.containsIgnoringCase(filter.source()));
        }
        if (filter.target() != null) {
            where.append(" and exists (select 1 from Achievement at where (at.id = r.targetMajorId"
                    + " or at.id = r.targetCourseId) and lower(at.name) like :target escape '\\')");
            parameters.put("target", SearchText.containsIgnoringCase(filter.target()));
        }
        if (filter.institution() != null) {
            where.append(" and (exists (select 1 from Institution ir where ir.id = r.institutionId"
                    + " and lower(ir.name) like :institution escape '\\') or exists (select 1 from ConversionRule ri"
                    + " join ri.sources si, Institution isrc where ri.id = r.id and isrc.id = si.institutionId"
                    + " and lower(isrc.name) like :institution escape '\\'))");
            parameters.put("institution", SearchText.containsIgnoringCase(filter.institution()));
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

    /**
     * The source search: achievements of any institution whose name and institution match, of the type's source
     * category when a type is chosen (recognised or not: the list shows 认定状态), at most {@value #SEARCH_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<RuleViews.Cell> searchSources(String type, String name, String institution) {
        String n = SearchText.blankToNull(name);
        String i = SearchText.blankToNull(institution);
        if (n == null && i == null) {
            return List.of();
        }
        ConversionRuleType ruleType = ConversionRuleType.named(type);
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
            query.setParameter("name", SearchText.containsIgnoringCase(n));
        }
        if (i != null) {
            query.setParameter("institution", SearchText.containsIgnoringCase(i));
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
}
