package io.casehall.staff;

import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.DocumentStore;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Case documents for staff (the links in Tasklist forms point here). The store allows it only while the
 * user has an open task on the case, and audits every read.
 */
@Controller
class StaffDocumentController {

    private final DocumentStore documents;

    StaffDocumentController(DocumentStore documents) {
        this.documents = documents;
    }

    @GetMapping("/staff/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID documentId) {
        return DocumentDownloads.attachment(documents.read(documentId, staff));
    }
}
