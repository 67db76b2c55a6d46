package io.casehall.creditbank.conversion;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Look-ups name the receiving or the initiating institution, or the applicant. */
public interface ConversionApplicationRepository extends JpaRepository<ConversionApplication, Long> {

    Optional<ConversionApplication> findByIdAndTargetInstitutionId(Long id, Long targetInstitutionId);

    Optional<ConversionApplication> findByIdAndInitiatorInstitutionId(Long id, Long initiatorInstitutionId);

    /** A rule with applications still pending keeps its content until they are decided. */
    boolean existsByRuleIdAndStatus(Long ruleId, ApplicationStatus status);

    long countByRuleIdAndStatus(Long ruleId, ApplicationStatus status);
}
