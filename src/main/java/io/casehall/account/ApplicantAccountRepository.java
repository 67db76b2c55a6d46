package io.casehall.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, Long> {

    Optional<ApplicantAccount> findByMobile(String mobile);

    Optional<ApplicantAccount> findByEmailIgnoreCase(String email);

    Optional<ApplicantAccount> findByVerifiedIdNumber(String idNumber);

    boolean existsByMobile(String mobile);

    boolean existsByEmailIgnoreCase(String email);
}
