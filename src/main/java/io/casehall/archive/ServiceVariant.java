package io.casehall.archive;

/**
 * What the variant decision says about a service (dmn/archive-service-variant.dmn). Translation (a staff draft)
 * and proofreading (the applicant checks that draft) are separate policies: switching proofreading off keeps the draft.
 */
public record ServiceVariant(boolean feeRequired, boolean translationRequired, boolean proofreadingRequired, boolean emailAllowed,
                             Eligibility eligibility, int processingWorkingDays) {

    /** Who may apply: anyone verified, own graduates (in the graduate registry), or people whose archive the university keeps. */
    public enum Eligibility { ANY, OWN_GRADUATE, ARCHIVE_KEPT_BY_UNIVERSITY }
}
