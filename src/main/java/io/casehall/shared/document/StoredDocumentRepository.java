package io.casehall.shared.document;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, UUID> {
}
