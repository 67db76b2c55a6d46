package io.casehall.shared.spreadsheet;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    List<ImportBatch> findByKindOrderByIdDesc(String kind, Pageable page);

    List<ImportBatch> findByKindAndScopeOrderByIdDesc(String kind, String scope, Pageable page);
}
