package io.casehall.qualification.review;

import io.casehall.shared.reference.DivisionChoice;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.web.FormProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a college's addition form: every field's problem at once (so the form comes back with all its messages),
 * or the new graduate's data with codes checked against the shared lists — the origin place to county level.
 */
@Component
class RosterAdditionCheck {

    static final int MAX_REASON = 500;
    private static final Pattern STUDENT_NO = Pattern.compile("[0-9]{10}");
    private static final Pattern CANDIDATE_NO = Pattern.compile("[0-9A-Za-z]{1,32}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern HOME_PHONE = Pattern.compile("[0-9+\\- ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);

    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;

    RosterAdditionCheck(Divisions divisions, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses) {
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
    }

    /** The outcome: the data when there are no problems. */
    record Reading(RosterGraduate graduate, String reason, List<FormProblem> problems) {
    }

    Reading read(RosterAdditionForm form, LocalDate today) {
        List<FormProblem> problems = new ArrayList<>();
        String candidateNo = text(form.getCandidateNo());
        if (candidateNo == null || !CANDIDATE_NO.matcher(candidateNo).matches()) {
            problems.add(new FormProblem("candidateNo", "qualification.roster.form.candidateNo"));
        }
        String studentNo = text(form.getStudentNo());
        if (studentNo == null || !STUDENT_NO.matcher(studentNo).matches()) {
            problems.add(new FormProblem("studentNo", "qualification.roster.form.studentNo"));
        }
        String name = required(form.getName(), 64, "name", problems);
        String gender = text(form.getGender());
        if (!"男".equals(gender) && !"女".equals(gender)) {
            problems.add(new FormProblem("gender", "qualification.roster.form.gender"));
        }
        LocalDate birthDate = birthDate(form.getBirthDate(), today, problems);
        String education = required(form.getEducation(), 32, "education", problems);
        String major = required(form.getMajor(), 100, "major", problems);
        DivisionChoice origin = divisions.choose(form.getOriginPlaceProvince(), form.getOriginPlaceCity(), form.getOriginPlaceDistrict());
        if (!origin.isValid()) {
            problems.add(new FormProblem("originPlace", origin.problemKey()));
        }
        String ethnicity = text(form.getEthnicity());
        if (ethnicity == null || ethnicGroups.find(ethnicity).isEmpty()) {
            problems.add(new FormProblem("ethnicity", "qualification.roster.form.ethnicity"));
        }
        String political = text(form.getPoliticalStatus());
        if (political == null || politicalStatuses.find(political).isEmpty()) {
            problems.add(new FormProblem("politicalStatus", "qualification.roster.form.politicalStatus"));
        }
        String phone = text(form.getPhone());
        if (phone == null || !MOBILE.matcher(phone).matches()) {
            problems.add(new FormProblem("phone", "qualification.roster.form.phone"));
        }
        String homeAddress = optional(form.getHomeAddress(), 200, "homeAddress", problems);
        String homePhone = text(form.getHomePhone());
        if (homePhone != null && !HOME_PHONE.matcher(homePhone).matches()) {
            problems.add(new FormProblem("homePhone", "qualification.roster.form.homePhone"));
        }
        String email = text(form.getEmail());
        if (email != null && (email.length() > 128 || !EMAIL.matcher(email).matches())) {
            problems.add(new FormProblem("email", "qualification.roster.form.email"));
        }
        String reason = reason(form.getReason(), problems);
        if (!problems.isEmpty()) {
            return new Reading(null, reason, problems);
        }
        return new Reading(new RosterGraduate(candidateNo, studentNo, name, gender, birthDate, education, major,
                origin.place().code(), ethnicity, political, phone, homeAddress, homePhone, email), reason, problems);
    }

    /** The reason of an addition or removal: required, at most {@value #MAX_REASON} characters. */
    static String reason(String value, List<FormProblem> problems) {
        String reason = text(value);
        if (reason == null) {
            problems.add(new FormProblem("reason", "qualification.roster.form.reasonRequired"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new FormProblem("reason", "qualification.roster.form.reasonTooLong", MAX_REASON));
        }
        return reason;
    }

    private static LocalDate birthDate(String value, LocalDate today, List<FormProblem> problems) {
        String text = text(value);
        try {
            LocalDate date = text == null ? null : LocalDate.parse(text);
            if (date != null && !date.isBefore(EARLIEST_BIRTH) && date.isBefore(today.minusYears(10))) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FormProblem("birthDate", "qualification.roster.form.birthDate"));
        return null;
    }

    private static String required(String value, int max, String field, List<FormProblem> problems) {
        String text = text(value);
        if (text == null) {
            problems.add(new FormProblem(field, "qualification.roster.form.required"));
        } else if (text.length() > max) {
            problems.add(new FormProblem(field, "qualification.roster.form.tooLong", max));
        }
        return text;
    }

    private static String optional(String value, int max, String field, List<FormProblem> problems) {
        String text = text(value);
        if (text != null && text.length() > max) {
            problems.add(new FormProblem(field, "qualification.roster.form.tooLong", max));
        }
        return text;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
