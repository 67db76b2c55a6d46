package io.casehall.qualification.portal;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.CodePurpose;
import io.casehall.account.MobileCodes;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 1: binds the signed-in applicant's portal account to their record of an open campaign. The college, name
 * and student number must name a record on the list of a campaign open to graduates (all of them are searched, so
 * a graduate need not know which year's review holds them), the phone must be the one on that record, and a code
 * sent to that phone proves the applicant holds it. There is no password of the record's own (the seed's default
 * password of eight 1s is gone): the portal account is the only way in.
 */
@Service
class GraduateBinding {

    static final Pattern STUDENT_NO = Pattern.compile("\\d{10}");
    static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    private final GraduateRecords records;
    private final QualificationGraduateRepository graduates;
    private final MobileCodes codes;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    GraduateBinding(GraduateRecords records, QualificationGraduateRepository graduates, MobileCodes codes,
                    AccountService accounts, AuditLog auditLog, Clock clock) {
        this.records = records;
        this.graduates = graduates;
        this.codes = codes;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new form: the name and student number as real-name verification proved them, to check and correct. */
    BindingForm newForm(long applicantId) {
        ApplicantAccount account = accounts.get(applicantId);
        BindingForm form = new BindingForm();
        form.setName(account.getFullName());
        String studentNo = account.getVerifiedStudentNo();
        form.setStudentNo(studentNo != null && STUDENT_NO.matcher(studentNo).matches() ? studentNo : null);
        return form;
    }

    /**
     * Sends a code to the record's phone once the form names the record; answers the minutes it is valid. Not one
     * transaction: the code service commits its own count, and a refusal (cool-down, daily limit) is a message.
     */
    int sendCode(ApplicantPrincipal applicant, BindingForm form, Locale locale) {
        QualificationGraduate graduate = match(applicant.applicantId(), form);
        try {
            return codes.send(CodePurpose.RECORD_BINDING, graduate.getPhone(), locale);
        } catch (UserFacingException refused) {
            throw new PortalFormException("code", refused.messageKey(), refused.args());
        }
    }

    /**
     * Checks the form and the code, then binds the account to the record. A refusal commits what the code service
     * counted (a wrong try stays spent), so guessing is bounded.
     */
    @Transactional(noRollbackFor = {UserFacingException.class, PortalFormException.class})
    QualificationGraduate bind(ApplicantPrincipal applicant, BindingForm form) {
        QualificationGraduate graduate = match(applicant.applicantId(), form);
        if (form.getCode() == null || form.getCode().isBlank()) {
            throw new PortalFormException("code", "qualification.bind.codeRequired");
        }
        try {
            codes.verify(CodePurpose.RECORD_BINDING, graduate.getPhone(), form.getCode());
        } catch (UserFacingException refused) {
            throw new PortalFormException("code", refused.messageKey(), refused.args());
        }
        graduate.bind(applicant.applicantId(), clock.instant());
        auditLog.record(applicant, "QUALIFICATION_BOUND", "qualification-graduate", graduate.getId(),
                graduate.getStudentNo());
        return graduate;
    }

    /** The record the form names, or the problems with the form (the code is not looked at here). */
    private QualificationGraduate match(long applicantId, BindingForm form) {
        List<QualificationCampaign> open = records.openForGraduates();
        if (open.isEmpty()) {
            throw new PortalFormException("form", "qualification.bind.noCampaign");
        }
        List<FormProblem> problems = new ArrayList<>();
        String college = strip(form.getCollege());
        String name = strip(form.getName());
        String studentNo = strip(form.getStudentNo());
        String phone = strip(form.getPhone());
        if (college.isEmpty() || !records.colleges(open).contains(college)) {
            problems.add(new FormProblem("college", "qualification.bind.collegeRequired"));
        }
        if (name.isEmpty()) {
            problems.add(new FormProblem("name", "qualification.bind.nameRequired"));
        }
        if (!STUDENT_NO.matcher(studentNo).matches()) {
            problems.add(new FormProblem("studentNo", "qualification.bind.studentNoFormat"));
        }
        if (!MOBILE.matcher(phone).matches()) {
            problems.add(new FormProblem("phone", "qualification.bind.phoneFormat"));
        }
        if (!problems.isEmpty()) {
            throw new PortalFormException(problems);
        }
        List<QualificationGraduate> found = open.stream()
                .flatMap(c -> graduates.findByCampaignIdAndStudentNo(c.getId(), studentNo).stream())
                .filter(g -> g.getName().equals(name) && g.getCollege().equals(college))
                .toList();
        if (found.isEmpty()) {
            throw open.size() == 1
                    ? new PortalFormException("studentNo", "qualification.bind.notInCampaign", open.get(0).getTitle())
                    : new PortalFormException("studentNo", "qualification.bind.notInOpenCampaigns");
        }
        // On the lists of two open campaigns: the newest record that is not another account's.
        QualificationGraduate graduate = found.stream()
                .filter(g -> !g.isBound() || Objects.equals(g.getApplicantAccountId(), applicantId))
                .findFirst().orElse(found.get(0));
        if (graduate.isBound() && !Objects.equals(graduate.getApplicantAccountId(), applicantId)) {
            throw new PortalFormException("studentNo", "qualification.bind.boundToAnother");
        }
        if (!graduate.getPhone().equals(phone)) {
            throw new PortalFormException("phone", "qualification.bind.phoneNotOnRecord");
        }
        return graduate;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
