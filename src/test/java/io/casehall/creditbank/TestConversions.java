package io.casehall.creditbank;

import io.casehall.creditbank.TestInstitutions.Registered;
import io.casehall.creditbank.method.ConversionMethod;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.ConversionRuleType;
import io.casehall.creditbank.rule.RuleSource;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The setting of a conversion, made directly through the repositories: a receiving institution (A) with a published
 * method and a published rule that converts a skill certificate of another institution (B) into A's major and
 * course; B's learners hold the certificate. Rule PDFs are not read by these tests, so any document id does.
 */
@Component
public class TestConversions {

    /** Tests' rule codes count from a point far from the application's own daily numbers. */
    private static final java.util.concurrent.atomic.AtomicInteger RULE_NUMBERS = new java.util.concurrent.atomic.AtomicInteger(5000);

    private final TestInstitutions institutions;
    private final AchievementRepository achievements;
    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final ConversionMethodRepository methods;
    private final ConversionRuleRepository rules;
    private final Clock clock;

    TestConversions(TestInstitutions institutions, AchievementRepository achievements, LearnerRepository learners,
                    LearnerAchievementRepository learnerAchievements, ConversionMethodRepository methods,
                    ConversionRuleRepository rules, Clock clock) {
        this.institutions = institutions;
        this.achievements = achievements;
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.methods = methods;
        this.rules = rules;
        this.clock = clock;
    }

    /** A (target) publishes a rule turning B's certificate into its major + course; B has {@code learnerCount} holders. */
    @Transactional
    public Scenario scenario(int learnerCount) {
        Registered target = institutions.registered("接收学院" + UniqueData.schoolCode());
        Registered source = institutions.registered("发起学院" + UniqueData.schoolCode());
        long certificate = skillCertificateOf(source, "物流管理职业技能等级证书（中级）" + UniqueData.schoolCode());
        long major = institutions.achievementOf(target, "现代物流管理毕业证书（高职）" + UniqueData.schoolCode());
        long course = courseOf(target, "物流信息技术" + UniqueData.schoolCode());
        publishedMethod(target);
        ConversionRule rule = rule(target, List.of(certificate), major, course, true);
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < learnerCount; i++) {
            holders.add(holder(source, certificate, "学员" + (char) ('甲' + i % 10) + i, TestIdNumbers.next()));
        }
        return new Scenario(target, source, certificate, major, course, rule, holders);
    }

    /** A non-degree skill certificate (职业技能等级证书（人社部）) of the institution. */
    @Transactional
    public long skillCertificateOf(Registered institution, String name) {
        return achievements.save(new Achievement(institution.institution().getId(), new AchievementData(name,
                AchievementSubtype.SKILL_LEVEL_MOHRSS, "人力资源和社会保障部", "中级", null, null, null, null, null, null,
                null, null, null, LocalDate.of(2024, 1, 1), "技能等级证书"), institution.adminLogin(),
                clock.instant())).getId();
    }

    /** A course (职业教育学历课程) of the institution with its original hours and credits. */
    @Transactional
    public long courseOf(Registered institution, String name) {
        return achievements.save(new Achievement(institution.institution().getId(), new AchievementData(name,
                AchievementSubtype.VOCATIONAL_COURSE, institution.institution().getName(), null, null, null, null,
                null, null, null, BigDecimal.valueOf(48), BigDecimal.valueOf(3), null, null, "课程"),
                institution.adminLogin(), clock.instant())).getId();
    }

    @Transactional
    public ConversionMethod publishedMethod(Registered institution) {
        ConversionMethod method = new ConversionMethod(institution.institution().getId(),
                institution.institution().getName() + "转换办法", UUID.randomUUID(), "转换办法.pdf",
                institution.adminLogin(), clock.instant());
        method.publish(clock.instant());
        return methods.save(method);
    }

    /** A rule of {@code target} with 3 credit-bank credits per source; published when asked. */
    @Transactional
    public ConversionRule rule(Registered target, List<Long> sources, Long majorId, Long courseId, boolean publish) {
        ConversionRule rule = new ConversionRule(target.institution().getId(),
                LocalDate.now(clock).toString().replace("-", "") + String.format("%04d",
                        RULE_NUMBERS.incrementAndGet() % 10_000),
                target.adminLogin(), clock.instant());
        List<RuleSource> ruleSources = sources.stream().map(id -> new RuleSource(id,
                achievements.findById(id).orElseThrow().getInstitutionId(), BigDecimal.valueOf(3))).toList();
        rule.define(ConversionRuleType.NON_DEGREE_TO_DEGREE, ruleSources, majorId, courseId, "测试转换说明",
                UUID.randomUUID(), "转换规则.pdf", clock.instant());
        if (publish) {
            rule.publish(clock.instant());
        }
        return rules.save(rule);
    }

    /** A learner of the institution holding the achievement (机构存储); its learner achievement. */
    @Transactional
    public Holder holder(Registered institution, long achievementId, String name, String idNumber) {
        Learner learner = learners.save(new Learner(institution.institution().getId(), name, idNumber,
                clock.instant()));
        LearnerAchievement held = learnerAchievements.save(new LearnerAchievement(
                achievements.findById(achievementId).orElseThrow(), learner, "P" + UniqueData.schoolCode(),
                LocalDate.of(2025, 6, 30), 2025, institution.adminLogin(), clock.instant()));
        return new Holder(learner.getId(), held.getId(), name, idNumber);
    }

    /** The learner account is activated by the person's applicant account (as real-name verification does). */
    @Transactional
    public void activate(Holder holder, Long applicantId) {
        Learner learner = learners.findById(holder.learnerId()).orElseThrow();
        learner.activate(applicantId, clock.instant());
        learners.save(learner);
    }

    public record Holder(Long learnerId, Long learnerAchievementId, String name, String idNumber) {
    }

    public record Scenario(Registered target, Registered source, long certificateId, long majorId, long courseId,
                           ConversionRule rule, List<Holder> holders) {
    }
}
