package io.casehall.qualification.portal;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.document.DocumentRejectedException;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.shared.web.FormProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The two proofs of a sensitive change (seed: 证明材料一 ≤ 5 MB, 证明材料二 ≤ 3 MB; a household register or a police
 * certificate, as a picture or a PDF, checked by content). A chosen file is stored at once, before the rest of the
 * form is checked, so a form that comes back keeps it; the form then carries its id, which is honoured only for the
 * applicant's own documents.
 */
@Component
class ProofUploads {

    static final UploadPolicy PROOF1 = new UploadPolicy("qualification-proof1", 5 * UploadPolicy.MB,
            Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF));
    static final UploadPolicy PROOF2 = new UploadPolicy("qualification-proof2", 3 * UploadPolicy.MB,
            Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF));

    /** A file chosen in the form: its slot (1 or 2), name and bytes. */
    record Chosen(int slot, String name, byte[] content) {
    }

    private final DocumentStore documents;

    ProofUploads(DocumentStore documents) {
        this.documents = documents;
    }

    /** Stores the chosen files into the form's slots; answers the refusals, each at its slot. */
    List<FormProblem> store(ApplicantPrincipal applicant, ChangeForm form, List<Chosen> chosen) {
        List<FormProblem> problems = new ArrayList<>();
        for (Chosen file : chosen) {
            try {
                StoredDocument stored = documents.store(applicant, file.slot() == 1 ? PROOF1 : PROOF2, file.name(),
                        file.content());
                if (file.slot() == 1) {
                    form.setProof1Id(stored.getId().toString());
                    form.setProof1Name(stored.getOriginalName());
                } else {
                    form.setProof2Id(stored.getId().toString());
                    form.setProof2Name(stored.getOriginalName());
                }
            } catch (DocumentRejectedException refused) {
                problems.add(new FormProblem("proof" + file.slot(), refused.messageKey(), refused.args()));
            }
        }
        return problems;
    }

    /** The proof a form's slot names, if it is the applicant's own stored document (the name as the store has it). */
    Optional<UUID> owned(ApplicantPrincipal applicant, ChangeForm form, int slot) {
        String id = slot == 1 ? form.getProof1Id() : form.getProof2Id();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        UUID documentId;
        try {
            documentId = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        StoredDocument document = documents.describeOwned(documentId, applicant);
        if (slot == 1) {
            form.setProof1Name(document.getOriginalName());
        } else {
            form.setProof2Name(document.getOriginalName());
        }
        return Optional.of(documentId);
    }

    void attachToCase(UUID documentId, String caseKey) {
        documents.attachToCase(documentId, caseKey);
    }
}
