package io.casehall.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationCodeRepository extends JpaRepository<VerificationCode, Long> {

    /** The newest code for this purpose and address: the only one that may still be good. */
    Optional<VerificationCode> findFirstByPurposeAndTargetOrderByIdDesc(VerificationCode.Purpose purpose, String target);

    long countByPurposeAndTargetAndCreatedAtAfter(VerificationCode.Purpose purpose, String target, Instant after);
}
