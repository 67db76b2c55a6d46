package io.casehall.creditbank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionUserRepository extends JpaRepository<InstitutionUser, String> {

    List<InstitutionUser> findByInstitutionIdOrderByCreatedAtAsc(Long institutionId);

    Optional<InstitutionUser> findByUserIdAndInstitutionId(String userId, Long institutionId);

    Optional<InstitutionUser> findFirstByInstitutionIdAndAdministratorTrue(Long institutionId);
}
