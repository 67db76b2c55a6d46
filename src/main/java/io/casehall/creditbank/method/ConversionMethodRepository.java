package io.casehall.creditbank.method;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every look-up names the institution, except the portal's list of published methods. */
public interface ConversionMethodRepository extends JpaRepository<ConversionMethod, Long> {

    Optional<ConversionMethod> findByIdAndInstitutionId(Long id, Long institutionId);

    List<ConversionMethod> findByInstitutionIdOrderByUploadedAtDesc(Long institutionId);

    Optional<ConversionMethod> findByInstitutionIdAndStatus(Long institutionId, MethodStatus status);

    /** A rule may be published only while its institution has a published method. */
    boolean existsByInstitutionIdAndStatus(Long institutionId, MethodStatus status);

    List<ConversionMethod> findByStatusAndInstitutionIdIn(MethodStatus status, List<Long> institutionIds);

    /** The portal: every institution's published method, newest publication first. */
    List<ConversionMethod> findByStatusOrderByPublishedAtDesc(MethodStatus status);
}
