package io.casehall.creditbank.rule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** An institution's own rules are looked up with its id; others' rules only when published or related to it. */
public interface ConversionRuleRepository extends JpaRepository<ConversionRule, Long> {

    Optional<ConversionRule> findByIdAndInstitutionId(Long id, Long institutionId);

    Optional<ConversionRule> findByIdAndStatus(Long id, RuleStatus status);

    /** The dashboard's 转换规则 counters: an institution's rules per status. */
    @Query("select r.status, count(r) from ConversionRule r where r.institutionId = :institutionId group by r.status")
    List<Object[]> countPerStatus(@Param("institutionId") Long institutionId);

    /** The achievement list's 关联转换规则, sources: how many rules name each achievement as a source. */
    @Query("select s.achievementId, count(distinct r.id) from ConversionRule r join r.sources s"
            + " where s.achievementId in :achievementIds group by s.achievementId")
    List<Object[]> countAsSource(@Param("achievementIds") List<Long> achievementIds);

    /** The achievement list's 关联转换规则, targets: how many rules name each achievement as their major. */
    @Query("select r.targetMajorId, count(r) from ConversionRule r where r.targetMajorId in :achievementIds"
            + " group by r.targetMajorId")
    List<Object[]> countAsMajor(@Param("achievementIds") List<Long> achievementIds);

    /** The achievement list's 关联转换规则, targets: how many rules name each achievement as their course. */
    @Query("select r.targetCourseId, count(r) from ConversionRule r where r.targetCourseId in :achievementIds"
            + " group by r.targetCourseId")
    List<Object[]> countAsCourse(@Param("achievementIds") List<Long> achievementIds);

    /** Whether any rule names the achievement as a source or a target (it cannot be deleted then). */
    @Query("select count(r) > 0 from ConversionRule r where r.targetMajorId = :achievementId"
            + " or r.targetCourseId = :achievementId or exists (select 1 from ConversionRule rs join rs.sources s"
            + " where rs.id = r.id and s.achievementId = :achievementId)")
    boolean namesAchievement(@Param("achievementId") Long achievementId);
}
