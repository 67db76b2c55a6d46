package io.casehall.deposit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepositApplicationRepository extends JpaRepository<DepositApplication, Long> {

    List<DepositApplication> findByApplicantIdOrderBySubmittedAtDesc(Long applicantId);

    Optional<DepositApplication> findBySubmissionKey(String submissionKey);

    boolean existsByApplicantIdAndServiceInAndStatusIn(Long applicantId, Collection<DepositServiceType> services,
                                                        Collection<DepositStatus> statuses);
}
