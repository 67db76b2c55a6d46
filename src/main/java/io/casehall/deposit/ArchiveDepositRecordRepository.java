package io.casehall.deposit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveDepositRecordRepository extends JpaRepository<ArchiveDepositRecord, Long> {

    Optional<ArchiveDepositRecord> findByApplicantIdAndStatus(Long applicantId, DepositRecordStatus status);

    Optional<ArchiveDepositRecord> findByApplicationId(Long applicationId);
}
