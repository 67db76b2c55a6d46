package io.casehall.account.realname;

import io.casehall.shared.identity.ChineseIdNumber;
import java.time.LocalDate;
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
        if (number.isEmpty()) {
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
        if (form.getStudentNo() != null && !form.getStudentNo().isBlank()
                && !form.getStudentNo().trim().matches("[A-Za-z0-9]{4,20}")) {
            errors.rejectValue("studentNo", "realname.studentNo.invalid");
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
