package io.casehall.creditbank;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    Optional<Institution> findBySchoolCode(String schoolCode);

    Optional<Institution> findByTenantId(String tenantId);

    boolean existsBySchoolCode(String schoolCode);
}
