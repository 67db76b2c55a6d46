package io.casehall.archive.submission;

import io.casehall.account.ApplicantProfile;
import io.casehall.account.ApplicantProfiles;
import io.casehall.account.RegistryStudy;
import io.casehall.account.StudentNoMatch;
import io.casehall.shared.web.FormProblem;
import io.casehall.archive.StudyStage;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who the applicant is, as far as an archive application is concerned, comes from real-name verification:
 * <ul>
 *   <li>name and ID number are shown from the verified profile and never read from a request (the form has no
 *   such fields; the case and its tasks take them from the account);</li>
 *   <li>the student number is prefilled per study stage from the graduate registry (found by the verified ID
 *   number) and checked when the form is sent: another person's number is refused, one the registry does not
 *   know is accepted and marked for staff.</li>
 * </ul>
 */
@Component
class ApplicantIdentity {

    private static final Pattern STUDENT_NO = Pattern.compile("[A-Z0-9-]{1,32}");

    private final ApplicantProfiles profiles;

    ApplicantIdentity(ApplicantProfiles profiles) {
        this.profiles = profiles;
    }

    /** A student number as it will be stored, and whether the registry could confirm it is the applicant's. */
    record StudentNo(String value, boolean unverified) {
    }

    /**
     * The student number to prefill for a stage: the applicant's registry record of that stage, else their
     * latest record whose level the registry does not say; none when the registry knows them only at other
     * stages (that number would be wrong here); without any registry record, the number they verified with
     * unless the registry gives it to someone else.
     */
    String prefill(ApplicantProfile profile, StudyStage stage) {
        List<RegistryStudy> studies = profiles.registryStudies(profile.applicantId());
        if (studies.isEmpty()) {
            String verified = profile.studentNo();
            return verified == null || profiles.matchStudentNo(profile.applicantId(), verified)
                    == StudentNoMatch.ANOTHER_PERSON ? null : verified;
        }
        return studies.stream().filter(study -> stage != null && stageOf(study.educationLevel()) == stage)
                .findFirst()
                .or(() -> studies.stream().filter(study -> stageOf(study.educationLevel()) == null).findFirst())
                .map(RegistryStudy::studentNo)
                .orElse(null);
    }

    /** The problem with the typed student number (field studentNo), or null. */
    FormProblem problem(Long applicantId, String typed) {
        String normalized = ApplicantProfiles.normalizeStudentNo(typed);
        if (normalized.isEmpty()) {
            return null;
        }
        if (!STUDENT_NO.matcher(normalized).matches()) {
            return new FormProblem("studentNo", "archive.error.studentNoFormat");
        }
        if (profiles.matchStudentNo(applicantId, normalized) == StudentNoMatch.ANOTHER_PERSON) {
            return new FormProblem("studentNo", "archive.error.studentNoOfAnother");
        }
        return null;
    }

    /** The student number to store (as the registry spells it) and whether staff must check it themselves. */
    StudentNo resolve(Long applicantId, String typed) {
        String normalized = ApplicantProfiles.normalizeStudentNo(typed);
        if (normalized.isEmpty()) {
            return new StudentNo(null, false);
        }
        return new StudentNo(normalized,
                profiles.matchStudentNo(applicantId, normalized) == StudentNoMatch.NOT_IN_REGISTRY);
    }

    /** The registry's education level (本科, 硕士研究生, 博士研究生, 专科 ...) as a stage of materials. */
    static StudyStage stageOf(String educationLevel) {
        if (educationLevel == null) {
            return null;
        }
        if (educationLevel.contains("博士")) {
            return StudyStage.DOCTORAL;
        }
        if (educationLevel.contains("硕士")) {
            return StudyStage.MASTER;
        }
        if (educationLevel.contains("本科") || educationLevel.contains("专科")) {
            return StudyStage.UNDERGRADUATE;
        }
        return null;
    }
}
