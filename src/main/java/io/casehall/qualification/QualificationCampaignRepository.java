package io.casehall.qualification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QualificationCampaignRepository extends JpaRepository<QualificationCampaign, Long> {

    List<QualificationCampaign> findAllByOrderByGraduationYearDesc();

    Optional<QualificationCampaign> findByGraduationYear(int graduationYear);

    boolean existsByGraduationYear(int graduationYear);
}
