package io.casehall.account;

/** What the graduate registry says about a student number a verified applicant gave. */
public enum StudentNoMatch {
    /** A registry record with this number has the applicant's verified ID number. */
    OWN,
    /** The registry knows this number, as another person's (another ID number). */
    ANOTHER_PERSON,
    /** The registry does not know this number. */
    NOT_IN_REGISTRY
}
