package io.casehall.qualification;

import java.time.LocalDate;

/**
 * A graduate's source data as the office provides it (one imported row, or an approved addition): codes already
 * checked against the shared reference lists.
 */
public record GraduateData(String candidateNo, String studentNo, String college, String education, String major,
                           String name, String gender, LocalDate birthDate, String originPlaceCode, String ethnicity,
                           String politicalStatus, String phone, String homeAddress, String homePhone,
                           String email) {
}
