package io.casehall.deposit.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDepositDocumentRepository extends JpaRepository<IssuedDepositDocument, Long> {

    Optional<IssuedDepositDocument> findByApplicationNumberAndKind(String applicationNumber, DepositDocumentKind kind);
}
