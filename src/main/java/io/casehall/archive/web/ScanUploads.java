package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ArchiveService;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The scans uploaded with a form, stored at once (so a form sent back with messages keeps them). */
@Component
class ScanUploads {

    /** The file inputs of a form's scans: this prefix and the row (or item id). */
    static final String FIELD = "scan_";

    private final ArchiveService archive;
    private final Messages messages;

    ScanUploads(ArchiveService archive, Messages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    /**
     * Stores each uploaded file (a file input left empty is skipped) and adds its id to {@code ids}. Returns the
     * messages of the files refused, joined, or null when none was.
     */
    String store(ApplicantPrincipal applicant, List<MultipartFile> files, List<UUID> ids) throws IOException {
        String refused = null;
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                continue;
            }
            try {
                ids.add(archive.storeScan(applicant, file.getOriginalFilename(), file.getBytes()).getId());
            } catch (UserFacingException e) {
                refused = refused == null ? messages.get(e) : refused + " " + messages.get(e);
            }
        }
        return refused;
    }
}
