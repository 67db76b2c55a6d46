package io.casehall.qualification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The graduate a roster change is about: for an addition, the data the college collected (the graduate is created
 * from it on approval); for a removal, a copy of the graduate's record as it was when the college asked.
 * Ethnicity and political status are national codes, the origin place a county-level division code.
 */
@Embeddable
public record RosterGraduate(
        @Column(name = "candidate_no") String candidateNo,
        @Column(name = "student_no", nullable = false) String studentNo,
        @Column(name = "name", nullable = false) String name,
        @Column(name = "gender") String gender,
        @Column(name = "birth_date") LocalDate birthDate,
        @Column(name = "education") String education,
        @Column(name = "major") String major,
        @Column(name = "origin_place_code") String originPlaceCode,
        @Column(name = "ethnicity") String ethnicity,
        @Column(name = "political_status") String politicalStatus,
        @Column(name = "phone") String phone,
        @Column(name = "home_address") String homeAddress,
        @Column(name = "home_phone") String homePhone,
        @Column(name = "email") String email) {
}
