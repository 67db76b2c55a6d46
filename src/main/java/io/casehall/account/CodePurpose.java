package io.casehall.account;

/** What a one-time code proves; a code is good only for the purpose it was sent for. */
public enum CodePurpose {
    REGISTER,
    RESET_PASSWORD,
    /** An applicant binds a record that names their mobile (the qualification review). */
    RECORD_BINDING,
    /** Credit bank: the registering school's mobile. */
    INSTITUTION_REGISTER,
    /** Credit bank: a forgotten password, to the user's mobile. */
    INSTITUTION_RESET_PASSWORD,
    /** Credit bank: a password change, to the user's mobile. */
    INSTITUTION_PASSWORD,
    /** Credit bank: a phone change, to the old and to the new number. */
    INSTITUTION_PHONE_OLD,
    INSTITUTION_PHONE_NEW,
    /** Credit bank: an export of personal data, to the user's mobile, entered fresh for each export. */
    INSTITUTION_EXPORT
}
