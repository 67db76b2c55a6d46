package io.casehall.deposit.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositUploadKind;
import io.casehall.deposit.NewUpload;
import io.casehall.shared.document.DocumentStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form: new ones from the file inputs ({@code file_<KIND>}), and the ones stored already, which the
 * form carries as {@code uploads[i].kind} / {@code uploads[i].documentId} (a kept file unticked is dropped). Stored
 * files are checked and named by the document store, never by what the form says: another person's document is a 404.
 */
@Component
class DepositUploads {

    static final String FILE_FIELD = "file_";

    private final DocumentStore documents;

    DepositUploads(DocumentStore documents) {
        this.documents = documents;
    }

    /** The files chosen in this request, slot by slot; empty inputs are skipped. */
    static List<NewUpload> chosen(MultiValueMap<String, MultipartFile> files) throws IOException {
        List<NewUpload> uploads = new ArrayList<>();
        for (DepositUploadKind kind : DepositUploadKind.values()) {
            for (MultipartFile file : files.getOrDefault(FILE_FIELD + kind.name(), List.of())) {
                if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                    continue;
                }
                uploads.add(new NewUpload(kind, file.getOriginalFilename(), file.getBytes()));
            }
        }
        return uploads;
    }

    /** Keeps the stored files still ticked, once each, named as the store knows them. */
    void describeKept(ApplicantPrincipal applicant, DepositForm form) {
        List<DepositForm.UploadRef> kept = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (DepositForm.UploadRef ref : form.getUploads()) {
            if (ref == null || ref.getKind() == null || ref.getDocumentId() == null || !seen.add(ref.getDocumentId())) {
                continue;
            }
            ref.setFileName(documents.describeOwned(ref.getDocumentId(), applicant).getOriginalName());
            kept.add(ref);
        }
        form.setUploads(new ArrayList<>());
        kept.forEach(form::putUpload);
    }
}
