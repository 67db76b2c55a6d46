package io.casehall.creditbank.conversion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Look-ups name the receiving or the initiating institution, or the applicant. */
public interface ConversionItemRepository extends JpaRepository<ConversionItem, Long> {

    Optional<ConversionItem> findByIdAndTargetInstitutionId(Long id, Long targetInstitutionId);

    Optional<ConversionItem> findByIdAndInitiatorInstitutionId(Long id, Long initiatorInstitutionId);

    Optional<ConversionItem> findByIdAndApplicantId(Long id, Long applicantId);

    List<ConversionItem> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<ConversionItem> findByApplicantIdOrderByIdDesc(Long applicantId);

    long countByApplicationIdAndStatus(Long applicationId, ConversionItemStatus status);
}
