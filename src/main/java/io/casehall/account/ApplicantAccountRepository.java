package io.casehall.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, Long> {

    Optional<ApplicantAccount> findByMobile(String mobile);

    Optional<ApplicantAccount> findByEmailIgnoreCase(String email);

    Optional<ApplicantAccount> findByVerifiedIdNumber(String idNumber);

    java.util.List<ApplicantAccount> findByVerifiedIdNumberIn(java.util.Collection<String> idNumbers);

    boolean existsByMobile(String mobile);

    boolean existsByEmailIgnoreCase(String email);

    /**
     * Spends one login try, atomically, while the account is not locked and has tries left; 0 otherwise.
     * Parallel attempts therefore cannot check more passwords than the limit allows.
     */
    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update ApplicantAccount a set a.failedLogins = a.failedLogins + 1 where a.id = :id "
            + "and a.failedLogins < :max and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int claimLoginAttempt(@Param("id") Long id, @Param("max") int maxFailures, @Param("now") Instant now);

    @Query("select a.failedLogins from ApplicantAccount a where a.id = :id")
    int failedLoginsOf(@Param("id") Long id);

    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update ApplicantAccount a set a.lockedUntil = :until, a.failedLogins = 0 where a.id = :id")
    int lock(@Param("id") Long id, @Param("until") Instant until);

    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("update ApplicantAccount a set a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
    int clearLoginFailures(@Param("id") Long id);
}
