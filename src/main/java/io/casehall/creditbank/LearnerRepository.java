package io.casehall.creditbank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every look-up names the institution, except the activation's, which finds a person's accounts everywhere. */
public interface LearnerRepository extends JpaRepository<Learner, Long> {

    Optional<Learner> findByIdAndInstitutionId(Long id, Long institutionId);

    Optional<Learner> findByInstitutionIdAndIdNumber(Long institutionId, String idNumber);

    /** The accounts institutions keep for one person (activated when they pass real-name verification). */
    List<Learner> findByIdNumber(String idNumber);

    List<Learner> findByApplicantId(Long applicantId);
}
