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

    /** The achievement list's 关联转换规则: how many rules name each achievement as source or target. */
    @Query("select s.achievementId, count(distinct r.id) from ConversionRule r join r.sources s"
            + " where s.achievementId in :achievementIds group by s.achievementId")
    List<Object[]> countAsSource(@Param("achievementIds") List<Long> achievementIds);
}
