package io.casehall.qualification;

/**
 * The fields of a graduate's source data that the graduate may change. The stored value of a field is a code for
 * coded fields (ethnicity, political status, origin place: GB/T 2260), an ISO date for the birth date, the encoded
 * parts for the home address ({@link HomeAddress#encode()}), the text otherwise. Which of them are sensitive is not
 * decided here but by the DMN {@code qualificationSensitiveFields} (the input is {@link #name()}).
 */
public enum QualificationField {
    NAME,
    GENDER,
    BIRTH_DATE,
    ETHNICITY,
    POLITICAL_STATUS,
    ORIGIN_PLACE,
    PHONE,
    HOME_ADDRESS,
    HOME_PHONE,
    EMAIL
}
