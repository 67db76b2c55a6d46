package io.casehall.qualification.review;

import java.time.Instant;
import java.time.LocalDate;

/** One graduate's final data as the export writes it (codes as stored; the export adds their names). */
record ExportRow(String candidateNo, String studentNo, String name, String gender, LocalDate birthDate,
                 String college, String education, String major, String originPlaceCode, String ethnicity,
                 String politicalStatus, String phone, String homeAddress, String homePhone, String email,
                 String checkStatus, Instant confirmedAt) {
}
