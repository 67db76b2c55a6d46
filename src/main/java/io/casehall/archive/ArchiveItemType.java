package io.casehall.archive;

import java.util.Arrays;
import java.util.List;

/**
 * The items an applicant can tick, per service, with what each needs: a scan of the original (the seed asks
 * for the diploma and degree certificate), and which kind of document content staff prepare for it.
 */
public enum ArchiveItemType {
    TRANSCRIPT_TRANSLATION(ArchiveServiceType.OVERSEAS_TRANSLATION, false, Layout.TRANSCRIPT),
    DIPLOMA_TRANSLATION(ArchiveServiceType.OVERSEAS_TRANSLATION, true, Layout.DIPLOMA),
    DEGREE_TRANSLATION(ArchiveServiceType.OVERSEAS_TRANSLATION, true, Layout.DEGREE),
    TRANSCRIPT_COPY(ArchiveServiceType.ACADEMIC_RECORD, false, Layout.TRANSCRIPT),
    GRADUATION_PROOF(ArchiveServiceType.ACADEMIC_RECORD, false, Layout.DIPLOMA),
    DEGREE_PROOF(ArchiveServiceType.ACADEMIC_RECORD, false, Layout.DEGREE),
    ENROLMENT_RECORD_COPY(ArchiveServiceType.ACADEMIC_RECORD, false, Layout.RECORD),
    CUSTODY_CERTIFICATE(ArchiveServiceType.CUSTODY_QUERY, false, Layout.CUSTODY),
    ARCHIVE_MATERIAL_COPY(ArchiveServiceType.CUSTODY_QUERY, false, Layout.RECORD);

    /** The document a staff member prepares for the item. */
    public enum Layout { TRANSCRIPT, DIPLOMA, DEGREE, RECORD, CUSTODY }

    private final ArchiveServiceType service;
    private final boolean scanRequired;
    private final Layout layout;

    ArchiveItemType(ArchiveServiceType service, boolean scanRequired, Layout layout) {
        this.service = service;
        this.scanRequired = scanRequired;
        this.layout = layout;
    }

    public ArchiveServiceType service() {
        return service;
    }

    public boolean isScanRequired() {
        return scanRequired;
    }

    public Layout layout() {
        return layout;
    }

    public static List<ArchiveItemType> of(ArchiveServiceType service) {
        return Arrays.stream(values()).filter(item -> item.service == service).toList();
    }
}
