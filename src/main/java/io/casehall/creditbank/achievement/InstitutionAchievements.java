package io.casehall.creditbank.achievement;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SearchText;
import io.casehall.shared.web.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The achievements an institution stores (机构成果): list and details, store (immutable once saved), delete (only
 * 未认定 ones that no learner achievement references); their recognition is {@link AchievementRecognitions}'. Every
 * method names the institution, taken from the signed-in principal: another institution's id is not found.
 */
@Service
public class InstitutionAchievements {

    public static final int PAGE_SIZE = 10;
    /** At most this many rows can be selected for one delete or export. */
    public static final int MAX_SELECTED = 500;

    private final AchievementRepository achievements;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;
    private final ConversionRuleRepository conversionRules;

    InstitutionAchievements(AchievementRepository achievements, EntityManager entityManager, AuditLog audit,
                            Clock clock, ConversionRuleRepository conversionRules) {
        this.achievements = achievements;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        this.conversionRules = conversionRules;
    }

    /** One page of the institution's achievements matching the filters, newest first. */
    @Transactional(readOnly = true)
    public Page<Achievement> list(long institutionId, AchievementFilter filter, int page) {
        int number = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where a.institutionId = :institution");
        if (filter.name() != null) {
            where.append(" and lower(a.name) like :name escape '\\'");
        }
        if (filter.category() != null) {
            where.append(" and a.category = :category");
        }
        if (filter.subtype() != null) {
            where.append(" and a.subtype = :subtype");
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(a) from Achievement a" + where, Long.class);
        TypedQuery<Achievement> rows = entityManager.createQuery(
                "select a from Achievement a" + where + " order by a.id desc", Achievement.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("institution", institutionId);
            if (filter.name() != null) {
                query.setParameter("name", SearchText.containsIgnoringCase(filter.name()));
            }
            if (filter.category() != null) {
                query.setParameter("category", filter.category());
            }
            if (filter.subtype() != null) {
                query.setParameter("subtype", filter.subtype());
            }
        }
        long total = count.getSingleResult();
        List<Achievement> content = rows.setFirstResult(number * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new PageImpl<>(content, PageRequest.of(number, PAGE_SIZE), total);
    }

    /**
     * 获证学员数量 of the given achievements: their learner achievements not withdrawn, in one grouped query. An
     * achievement with none is absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> certifiedLearners(long institutionId, Collection<Long> achievementIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (achievementIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("select la.achievementId, count(la) from LearnerAchievement la"
                        + " where la.institutionId = :institution and la.achievementId in :ids and la.status <> :withdrawn"
                        + " group by la.achievementId", Object[].class)
                .setParameter("institution", institutionId).setParameter("ids", achievementIds)
                .setParameter("withdrawn", LearnerAchievementStatus.WITHDRAWN)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * 关联转换规则 of the given achievements: how many conversion rules (of any institution, in any status) name each
     * as a source or a target. An achievement with none is absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> relatedRules(Collection<Long> achievementIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (achievementIds.isEmpty()) {
            return counts;
        }
        List<Long> ids = List.copyOf(achievementIds);
        for (List<Object[]> rows : List.of(conversionRules.countAsSource(ids), conversionRules.countAsMajor(ids),
                conversionRules.countAsCourse(ids))) {
            rows.forEach(row -> counts.merge((Long) row[0], ((Number) row[1]).longValue(), Long::sum));
        }
        return counts;
    }

    /** The institution's achievement, or {@link NotFoundException} (also for another institution's id). */
    @Transactional(readOnly = true)
    public Achievement find(long institutionId, long achievementId) {
        return achievements.findByIdAndInstitutionId(achievementId, institutionId).orElseThrow(NotFoundException::new);
    }

    /** Whether the institution already stores an achievement of this name (names identify achievements in imports). */
    @Transactional(readOnly = true)
    public boolean nameTaken(long institutionId, String name) {
        return !entityManager.createQuery("select a.id from Achievement a where a.institutionId = :institution"
                        + " and a.name = :name", Long.class)
                .setParameter("institution", institutionId).setParameter("name", name).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Whether an institution may store this subtype by hand or by import (X certificates are synchronised). */
    public static boolean storable(AchievementSubtype subtype) {
        return subtype != AchievementSubtype.SKILL_LEVEL_X;
    }

    /** Stores a new achievement (未认定). Saved achievements are immutable: there is no update. */
    @Transactional
    public Achievement store(InstitutionPrincipal me, AchievementData data) {
        if (!storable(data.subtype())) {
            throw new UserFacingException("creditbank.achievement.xNotStorable");
        }
        if (nameTaken(me.institutionId(), data.name())) {
            throw new UserFacingException("creditbank.achievement.error.nameTaken", data.name());
        }
        Achievement saved = save(me.institutionId(), data, me);
        audit.record(me, "CREDITBANK_ACHIEVEMENT_STORED", "creditbank-achievement", saved.getId(),
                data.subtype().name() + " " + data.name());
        return saved;
    }

    /** Stores without checks (the import has checked the row). */
    Achievement save(long institutionId, AchievementData data, Actor actor) {
        return achievements.save(new Achievement(institutionId, data, actor.actorId(), clock.instant()));
    }

    /** Every learner achievement stored against the achievement, withdrawn ones included (they reference it). */
    @Transactional(readOnly = true)
    public long storedLearnerAchievements(long achievementId) {
        return entityManager.createQuery("select count(la) from LearnerAchievement la where la.achievementId = :id",
                Long.class).setParameter("id", achievementId).getSingleResult();
    }

    /** One selected achievement and why it cannot be deleted (a message key and its arguments), or none. */
    public record DeleteCandidate(Achievement achievement, String refusalKey, Object[] refusalArgs) {

        public boolean deletable() {
            return refusalKey == null;
        }
    }

    /** The selected achievements with what deleting each would do; an id of another institution is not found. */
    @Transactional(readOnly = true)
    public List<DeleteCandidate> deletePlan(long institutionId, List<Long> ids) {
        List<DeleteCandidate> plan = new ArrayList<>();
        for (Long id : selected(ids)) {
            Achievement achievement = find(institutionId, id);
            if (!achievement.isDeletable()) {
                plan.add(new DeleteCandidate(achievement, "creditbank.achievement.delete.notUnrecognised",
                        new Object[] {achievement.getName(),
                                new DefaultMessageSourceResolvable(achievement.getRecognition().messageKey())}));
                continue;
            }
            if (conversionRules.namesAchievement(id)) {
                plan.add(new DeleteCandidate(achievement, "creditbank.rule.achievementInRules",
                        new Object[] {achievement.getName()}));
                continue;
            }
            long stored = storedLearnerAchievements(id);
            plan.add(stored > 0 ? new DeleteCandidate(achievement, "creditbank.achievement.delete.hasLearners",
                    new Object[] {achievement.getName(), stored}) : new DeleteCandidate(achievement, null, null));
        }
        return plan;
    }

    /** Deletes the deletable ones among the selected; answers the plan (what was deleted, what was refused why). */
    @Transactional
    public List<DeleteCandidate> delete(InstitutionPrincipal me, List<Long> ids) {
        List<DeleteCandidate> plan = deletePlan(me.institutionId(), ids);
        for (DeleteCandidate candidate : plan) {
            if (candidate.deletable()) {
                Achievement achievement = candidate.achievement();
                achievements.delete(achievement);
                audit.record(me, "CREDITBANK_ACHIEVEMENT_DELETED", "creditbank-achievement", achievement.getId(),
                        achievement.getSubtype().name() + " " + achievement.getName());
            }
        }
        achievements.flush();
        return plan;
    }

    private static List<Long> selected(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new UserFacingException("creditbank.achievement.noneSelected");
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_SELECTED) {
            throw new UserFacingException("creditbank.achievement.tooManySelected", MAX_SELECTED);
        }
        return distinct;
    }
}
