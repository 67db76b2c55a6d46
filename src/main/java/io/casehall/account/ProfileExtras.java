package io.casehall.account;

import java.time.LocalDate;

/**
 * What the applicant keeps on their profile (我的信息) beyond the verified identity: nationality, identity
 * document validity and landline (the registration extras of seed 001). Applications prefill from it.
 *
 * @param documentValidity null until the applicant has said
 * @param validityStart    the first day the document is valid, null until given
 * @param landline         null when the applicant has none
 */
public record ProfileExtras(String nationality, DocumentValidity documentValidity, LocalDate validityStart,
                            String landline) {

    public static final String DEFAULT_NATIONALITY = "中国";

    /** A profile nobody has edited yet. */
    public static ProfileExtras defaults() {
        return new ProfileExtras(DEFAULT_NATIONALITY, null, null, null);
    }

    /** The end of validity printed on the document (start + 5/10/20 years); null for long-term or unknown. */
    public LocalDate validityEnd() {
        return documentValidity == null ? null : documentValidity.endFrom(validityStart);
    }
}
