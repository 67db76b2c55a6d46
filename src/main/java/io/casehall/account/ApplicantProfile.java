package io.casehall.account;

import java.time.LocalDate;

/**
 * What an applicant's verified real-name record and the graduate registry say about them: used to prefill
 * applications and to decide eligibility (own graduate, archive kept by the university).
 */
public record ApplicantProfile(Long applicantId, String fullName, String gender, String idNumber, String studentNo,
                               String educationLevel, LocalDate enrolmentDate, LocalDate graduationDate,
                               String department, String major, String schoolingLength, String degreeType,
                               String studyMode, String studyCategory, boolean ownGraduate,
                               boolean archiveKeptByUniversity) {
}
