package io.casehall.creditbank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every look-up names the institution, except the learner's own (the portal), which names the learner accounts. */
public interface LearnerAchievementRepository extends JpaRepository<LearnerAchievement, Long> {

    Optional<LearnerAchievement> findByIdAndInstitutionId(Long id, Long institutionId);

    boolean existsByInstitutionIdAndPersonalNo(Long institutionId, String personalNo);

    boolean existsByLearnerId(Long learnerId);

    long countByAchievementIdAndStatusNot(Long achievementId, LearnerAchievementStatus status);

    List<LearnerAchievement> findByLearnerIdInOrderByIssueDateDesc(List<Long> learnerIds);

    /** When the credit bank recognises an achievement, its learners' achievements move to 学分银行存储. */
    @Modifying
    @Query("update LearnerAchievement la set la.status = :to where la.achievementId = :achievementId and la.status = :from")
    int moveStatus(@Param("achievementId") Long achievementId, @Param("from") LearnerAchievementStatus from,
                   @Param("to") LearnerAchievementStatus to);

    /** The dashboard's 学员成果 counters: an institution's learner achievements per category, withdrawn ones left out. */
    @Query("select a.category, count(la) from LearnerAchievement la, Achievement a where a.id = la.achievementId"
            + " and la.institutionId = :institutionId and a.institutionId = :institutionId and la.status <> :excluded"
            + " group by a.category")
    List<Object[]> countPerCategory(@Param("institutionId") Long institutionId,
                                    @Param("excluded") LearnerAchievementStatus excluded);
}
