package io.casehall.creditbank.rule;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.web.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of a conversion rule's content (seed 004 §2.3.2): a type; one to {@value ConversionRules#MAX_SOURCES}
 * sources of the type's source category, each once, with credits; a target major and/or course of the own
 * institution that fits the type (a course required for a degree target); no source that is also a target; a
 * description; the commitment ticked. Each breach is a message for the form.
 */
@Component
class RuleContents {

    static final BigDecimal MAX_CREDITS = new BigDecimal("999.9");

    private final AchievementRepository achievements;

    RuleContents(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    /** The content as it will be stored. */
    record Checked(ConversionRuleType type, List<RuleSource> sources, Long majorId, Long courseId,
                           String description) {
    }

    Checked check(InstitutionPrincipal me, ConversionRules.Content content) {
        ConversionRuleType type = ConversionRuleType.named(content.type());
        if (type == null) {
            throw new UserFacingException("creditbank.rule.error.typeRequired");
        }
        if (content.sources().isEmpty()) {
            throw new UserFacingException("creditbank.rule.error.sourceRequired");
        }
        if (content.sources().size() > ConversionRules.MAX_SOURCES) {
            throw new UserFacingException("creditbank.rule.error.tooManySources", ConversionRules.MAX_SOURCES);
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
        if (description.codePointCount(0, description.length()) > ConversionRules.MAX_DESCRIPTION) {
            throw new UserFacingException("creditbank.rule.error.descriptionTooLong", ConversionRules.MAX_DESCRIPTION);
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
        return credits.setScale(1, RoundingMode.UNNECESSARY);
    }
}
