package io.casehall.creditbank;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every look-up names the institution: an id of another institution finds nothing. */
public interface AchievementRepository extends JpaRepository<Achievement, Long> {

    Optional<Achievement> findByIdAndInstitutionId(Long id, Long institutionId);

    long countByInstitutionId(Long institutionId);

    long countByInstitutionIdAndCategory(Long institutionId, AchievementCategory category);
}
