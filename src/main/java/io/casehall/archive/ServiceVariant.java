package io.casehall.archive;

/** What the variant decision says about a service (dmn/archive-service-variant.dmn). */
public record ServiceVariant(boolean feeRequired, boolean proofreadingRequired, boolean emailAllowed,
                             Eligibility eligibility, int processingWorkingDays) {

    /** Who may apply: anyone verified, own graduates (in the graduate registry), or people whose archive the university keeps. */
    public enum Eligibility { ANY, OWN_GRADUATE, ARCHIVE_KEPT_BY_UNIVERSITY }
}
