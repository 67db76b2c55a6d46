package io.casehall.account.realname;

import io.casehall.shared.identity.ChineseIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Field checks of the real-name form; every message says what to correct. */
@Component
class RealNameFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return RealNameForm.class.equals(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RealNameForm form = (RealNameForm) target;
        if (form.getDocumentType() == null) {
            errors.rejectValue("documentType", "realname.documentType.required");
        }
        String number = ChineseIdNumber.normalize(form.getDocumentNumber());
        if (errors.hasFieldErrors("documentNumber")) {
            // longer than the field: already explained
        } else if (number.isEmpty()) {
            errors.rejectValue("documentNumber", "realname.documentNumber.required");
        } else if (form.getDocumentType() == DocumentType.ID_CARD) {
            Optional<ChineseIdNumber.Problem> problem = ChineseIdNumber.check(number);
            problem.ifPresent(p -> errors.rejectValue("documentNumber", "id.invalid." + p.name()));
            if (problem.isEmpty()) {
                checkAgreesWithIdNumber(form, number, errors);
            }
        } else if (form.getDocumentType() == DocumentType.PASSPORT && !number.matches("[A-Z0-9]{5,20}")) {
            errors.rejectValue("documentNumber", "realname.passport.invalid");
        }
        LocalDate today = LocalDate.now();
        if (form.getBirthDate() != null && form.getBirthDate().isAfter(today)) {
            errors.rejectValue("birthDate", "realname.date.future");
        }
        if (form.getEnrolmentDate() != null && form.getEnrolmentDate().isAfter(today)) {
            errors.rejectValue("enrolmentDate", "realname.date.future");
        }
        if (form.getEnrolmentDate() != null && form.getGraduationDate() != null
                && !form.getGraduationDate().isAfter(form.getEnrolmentDate())) {
            errors.rejectValue("graduationDate", "realname.graduation.beforeEnrolment");
        }
        if (form.getStudentNo() != null && !form.getStudentNo().isBlank() && !errors.hasFieldErrors("studentNo")
                && !form.getStudentNo().trim().matches("[A-Za-z0-9]{4,20}")) {
            errors.rejectValue("studentNo", "realname.studentNo.invalid");
        }
        option(errors, "birthCountry", form.getBirthCountry(), RealNameOptions.COUNTRIES);
        option(errors, "gender", form.getGender(), RealNameOptions.GENDERS);
        option(errors, "provinceOfOrigin", form.getProvinceOfOrigin(), RealNameOptions.PROVINCES);
        option(errors, "educationLevel", form.getEducationLevel(), RealNameOptions.EDUCATION_LEVELS);
        option(errors, "schoolingLength", form.getSchoolingLength(), RealNameOptions.SCHOOLING_LENGTHS);
        option(errors, "studyMode", form.getStudyMode(), RealNameOptions.STUDY_MODES);
        option(errors, "degreeType", form.getDegreeType(), RealNameOptions.DEGREE_TYPES);
        option(errors, "studyCategory", form.getStudyCategory(), RealNameOptions.STUDY_CATEGORIES);
    }

    /** A select's value is one of its options (or empty: every select of the form is optional). */
    private static void option(Errors errors, String field, String value, List<String> options) {
        if (value != null && !value.isBlank() && !options.contains(value.trim()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "field.notAnOption");
        }
    }

    /** The ID number already encodes birth date and gender: what the applicant typed must agree. */
    private static void checkAgreesWithIdNumber(RealNameForm form, String number, Errors errors) {
        LocalDate encoded = ChineseIdNumber.birthDate(number).orElse(null);
        if (form.getBirthDate() != null && !form.getBirthDate().equals(encoded)) {
            errors.rejectValue("birthDate", "realname.birthDate.mismatch");
        }
        String encodedGender = ChineseIdNumber.gender(number) == 'M' ? "男" : "女";
        if (form.getGender() != null && !form.getGender().isBlank() && !form.getGender().equals(encodedGender)) {
            errors.rejectValue("gender", "realname.gender.mismatch");
        }
    }
}
