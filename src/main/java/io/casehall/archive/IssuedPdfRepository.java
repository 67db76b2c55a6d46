package io.casehall.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuedPdfRepository extends JpaRepository<IssuedPdf, Long> {

    List<IssuedPdf> findByApplicationIdOrderById(Long applicationId);

    Optional<IssuedPdf> findByItemId(Long itemId);
}
