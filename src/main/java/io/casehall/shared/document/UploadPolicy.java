package io.casehall.shared.document;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one kind of upload may be: its purpose (kept with the document), the size limit from the seed
 * manuals, and the accepted file types.
 */
public record UploadPolicy(String purpose, long maxBytes, Set<FileKind> kinds) {

    public static final long MB = 1024L * 1024L;

    /** Document photos for real-name verification: a picture or a scan. */
    public static final UploadPolicy ID_PHOTO = new UploadPolicy("id-photo", 5 * MB,
            Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF));

    /** Scans of certificates for archive applications (images or PDF; a bilingual certificate may have several pages). */
    public static final UploadPolicy ARCHIVE_SCAN = new UploadPolicy("archive-scan", 10 * MB,
            Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF));

    /** Materials of a study-abroad archive deposit (ID card sides, supplementary proof): PDF under 1 MB (seed 001). */
    public static final UploadPolicy DEPOSIT_MATERIAL = new UploadPolicy("deposit-material", MB - 1, Set.of(FileKind.PDF));

    /** The stamped PDFs a credit-bank institution publishes: its conversion method and its conversion rules (seed 004). */
    public static final UploadPolicy CONVERSION_DOCUMENT = new UploadPolicy("conversion-document", 10 * MB,
            Set.of(FileKind.PDF));

    /** Spreadsheets that staff import. */
    public static final UploadPolicy SPREADSHEET = new UploadPolicy("spreadsheet", 20 * MB, Set.of(FileKind.XLSX));

    public String allowedLabels() {
        return kinds.stream().sorted().map(FileKind::label).collect(Collectors.joining("/"));
    }

    public String maxSizeLabel() {
        return maxBytes % MB == 0 ? (maxBytes / MB) + " MB" : (maxBytes / 1024) + " KB";
    }
}
