package io.casehall.creditbank.registration;

import io.casehall.account.CodePurpose;
import io.casehall.account.MobileCodes;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionAccounts;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.School;
import io.casehall.creditbank.SchoolRepository;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Step 1 of an institution's registration (注册院校用户): the school chosen from its department's list, its code typed
 * again, the password, the mobile proved with a code, the agreement. A school that has an account is refused
 * before a code is sent and again on submit.
 */
@Service
public class InstitutionRegistration {

    private final SchoolRepository schools;
    private final InstitutionRepository institutions;
    private final InstitutionAccounts accounts;
    private final MobileCodes codes;

    InstitutionRegistration(SchoolRepository schools, InstitutionRepository institutions,
                            InstitutionAccounts accounts, MobileCodes codes) {
        this.schools = schools;
        this.institutions = institutions;
        this.accounts = accounts;
        this.codes = codes;
    }

    /** The departments that have schools: code and name. */
    @Transactional(readOnly = true)
    public List<Department> departments() {
        return schools.departments().stream().map(row -> new Department((String) row[0], (String) row[1])).toList();
    }

    @Transactional(readOnly = true)
    public List<School> schoolsOf(String departmentCode) {
        return departmentCode == null || departmentCode.isBlank() ? List.of()
                : schools.findByDepartmentCodeOrderBySchoolNameAsc(departmentCode);
    }

    /**
     * Checks what the school part and the mobile of the form say (department, school, code typed, no account yet,
     * mobile): every problem goes into {@code errors}; answers the school when it is the one to register.
     */
    @Transactional(readOnly = true)
    public Optional<School> checkSchool(RegistrationForm form, Errors errors) {
        School school = null;
        if (form.getDepartmentCode().isEmpty()) {
            errors.rejectValue("departmentCode", "creditbank.register.department.required");
        } else if (form.getSchoolCode().isEmpty()) {
            errors.rejectValue("schoolCode", "creditbank.register.school.required");
        } else {
            school = schools.findBySchoolCode(form.getSchoolCode())
                    .filter(s -> s.getDepartmentCode().equals(form.getDepartmentCode())).orElse(null);
            if (school == null) {
                errors.rejectValue("schoolCode", "creditbank.register.school.required");
            }
        }
        if (form.getTypedCode().isEmpty()) {
            errors.rejectValue("typedCode", "creditbank.register.typedCode.required");
        } else if (school != null && !school.getSchoolCode().equals(form.getTypedCode())) {
            errors.rejectValue("typedCode", "creditbank.register.typedCode.mismatch");
        }
        if (school != null && institutions.existsBySchoolCode(school.getSchoolCode())) {
            errors.reject("creditbank.register.taken", new Object[]{school.getSchoolName()}, null);
        }
        if (!CreditBankPasswords.isMobile(form.getPhone())) {
            errors.rejectValue("phone", "creditbank.register.phone.invalid");
        }
        return errors.hasErrors() ? Optional.empty() : Optional.ofNullable(school);
    }

    /** Sends the code once the school may register; answers the minutes it is valid. */
    public int sendCode(String phone, Locale locale) {
        return codes.send(CodePurpose.INSTITUTION_REGISTER, phone, locale);
    }

    /** Everything of step 1 checked; the password rules and the agreement go into {@code errors}. */
    public void checkRest(RegistrationForm form, Errors errors) {
        CreditBankPasswords.problem(form.getPassword()).ifPresent(key -> errors.rejectValue("password", key));
        if (!form.getPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "creditbank.register.password.mismatch");
        }
        if (form.getCode().isEmpty()) {
            errors.rejectValue("code", "creditbank.register.code.required");
        }
        if (!form.isAgree()) {
            errors.rejectValue("agree", "creditbank.register.agree.required");
        }
    }

    /**
     * Uses up the code (its own transaction: a wrong try counts even though the registration fails) and opens the
     * account (refusals are {@link UserFacingException}s).
     */
    public Institution open(School school, RegistrationForm form) {
        codes.verify(CodePurpose.INSTITUTION_REGISTER, form.getPhone(), form.getCode());
        return accounts.open(school, form.getPassword(), form.getPhone());
    }

    public record Department(String code, String name) {
    }
}
