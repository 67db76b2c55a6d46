package io.casehall.creditbank.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Every look-up names the institution, or the applicant (the portal). */
interface FeedbackRepository extends JpaRepository<Feedback, Long>, JpaSpecificationExecutor<Feedback> {

    Optional<Feedback> findByIdAndInstitutionId(Long id, Long institutionId);

    List<Feedback> findByApplicantIdOrderByIdDesc(Long applicantId);
}
