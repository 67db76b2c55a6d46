package io.casehall.archive;

import java.util.Arrays;
import java.util.Optional;

/** The three archive services; one process family serves them all, their differences come from DMN. */
public enum ArchiveServiceType {
    OVERSEAS_TRANSLATION("overseasTranslation"),
    ACADEMIC_RECORD("academicRecord"),
    CUSTODY_QUERY("custodyQuery");

    private final String code;

    ArchiveServiceType(String code) {
        this.code = code;
    }

    /** The value the DMN tables and URLs use. */
    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public static Optional<ArchiveServiceType> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
