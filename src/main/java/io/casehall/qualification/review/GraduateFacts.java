package io.casehall.qualification.review;

import io.casehall.qualification.QualificationGraduate;
import java.time.Instant;
import java.time.LocalDate;

/** A graduate's record as the college's page shows it: codes turned into the names people read. */
record GraduateFacts(long id, long campaignId, String candidateNo, String studentNo, String college, String education,
                     String major, String name, String gender, LocalDate birthDate, String originPlace,
                     String ethnicity, String politicalStatus, String phone, String homeAddress, String homePhone,
                     String email, String checkStatus, boolean bound, Instant confirmedAt) {

    static GraduateFacts of(QualificationGraduate g, String originPlace, String ethnicity, String politicalStatus) {
        return new GraduateFacts(g.getId(), g.getCampaignId(), g.getCandidateNo(), g.getStudentNo(), g.getCollege(),
                g.getEducation(), g.getMajor(), g.getName(), g.getGender(), g.getBirthDate(), originPlace, ethnicity,
                politicalStatus, g.getPhone(), g.getHomeAddress(), g.getHomePhone(), g.getEmail(),
                g.getCheckStatus().name(), g.isBound(), g.getConfirmedAt());
    }
}
