package io.casehall.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes are counted, used and voided with single UPDATE statements, so that parallel guesses at one
 * code each spend a try and a code is used at most once, whatever the interleaving.
 */
interface VerificationCodeRepository extends JpaRepository<VerificationCode, Long> {

    /** The newest code for this purpose and address: the only one that may still be good. */
    Optional<VerificationCode> findFirstByPurposeAndTargetOrderByIdDesc(CodePurpose purpose, String target);

    long countByPurposeAndTargetAndCreatedAtAfter(CodePurpose purpose, String target, Instant after);

    /** Spends one try on an active code that has tries left; 0 when it has none (or is no longer active). */
    default int claimAttempt(Long id, int maxAttempts) {
        return claimAttempt(id, VerificationCode.Status.ACTIVE, maxAttempts);
    }

    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update VerificationCode c set c.attempts = c.attempts + 1 "
            + "where c.id = :id and c.status = :active and c.attempts < :max")
    int claimAttempt(@Param("id") Long id, @Param("active") VerificationCode.Status active, @Param("max") int max);

    @Query("select c.attempts from VerificationCode c where c.id = :id")
    int attemptsOf(@Param("id") Long id);

    /** Uses an active code; 0 when another request used (or voided) it first. */
    default int markUsed(Long id, Instant at) {
        return changeStatus(id, VerificationCode.Status.ACTIVE, VerificationCode.Status.USED, at);
    }

    default int voidCode(Long id) {
        return changeStatus(id, VerificationCode.Status.ACTIVE, VerificationCode.Status.VOID, null);
    }

    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update VerificationCode c set c.status = :to, c.usedAt = coalesce(:at, c.usedAt) "
            + "where c.id = :id and c.status = :from")
    int changeStatus(@Param("id") Long id, @Param("from") VerificationCode.Status from,
                     @Param("to") VerificationCode.Status to, @Param("at") Instant at);
}
