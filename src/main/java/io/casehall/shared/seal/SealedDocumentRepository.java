package io.casehall.shared.seal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SealedDocumentRepository extends JpaRepository<SealedDocument, UUID> {

    Optional<SealedDocument> findByVerificationNumber(String verificationNumber);

    Optional<SealedDocument> findFirstBySha256(String sha256);

    boolean existsByVerificationNumber(String verificationNumber);
}
