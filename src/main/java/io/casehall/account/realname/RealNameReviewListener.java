package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import io.casehall.shared.web.FormText;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The reviewer's task. On create it lays out the request for the Camunda Form as task-local variables
 * (the full ID number: the review role needs it). On complete it checks the decision on the server, so a
 * rejection without a reason is refused whatever the form allowed, and records who decided.
 */
@Component(BEAN_REVIEW_LISTENER)
class RealNameReviewListener implements TaskListener {

    private final RealNameService service;
    private final AccountService accounts;
    private final AuditLog auditLog;
    /** Submission times are shown in the institution's zone (the business clock's). */
    private final DateTimeFormatter time;

    RealNameReviewListener(RealNameService service, AccountService accounts, AuditLog auditLog, Clock clock) {
        this.service = service;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @Override
    public void notify(DelegateTask task) {
        Long requestId = (Long) task.getVariable(VAR_REQUEST_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String hint = (String) task.getVariable(VAR_REVIEW_HINT);
            service.awaitReview(requestId, hint);
            task.setVariablesLocal(formData(service.get(requestId), service.matchRegistry(requestId)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completeReview(task, requestId);
        }
    }

    private void completeReview(DelegateTask task, Long requestId) {
        Object outcome = task.getVariable(VAR_REVIEW_OUTCOME);
        if (!OUTCOME_APPROVED.equals(outcome) && !OUTCOME_REJECTED.equals(outcome)) {
            throw new BadUserRequestException("请选择审核结果：通过或不通过。");
        }
        String reason = Objects.toString(task.getVariable(VAR_REJECTION_REASON), "").trim();
        if (OUTCOME_REJECTED.equals(outcome) && reason.isEmpty()) {
            throw new BadUserRequestException("审核不通过时，请填写不通过原因，申请人将据此修改后重新提交。");
        }
        if (reason.length() > 500) {
            throw new BadUserRequestException("不通过原因最多500字。");
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String reviewer = current != null ? current.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : Actor.SYSTEM.actorId();
        task.setVariable(VAR_REVIEWED_BY, reviewer);
        task.setVariable(VAR_REJECTION_REASON, reason);
        auditLog.record(Actor.of(Actor.Kind.STAFF, reviewer), "REALNAME_REVIEWED", "realname-request", requestId, outcome.toString());
    }

    private Map<String, Object> formData(RealNameRequest r, RegistryMatch match) {
        ApplicantAccount account = accounts.get(r.getApplicantId());
        Map<String, Object> data = new HashMap<>();
        data.put("applicantName", FormText.plain(account.getFullName()));
        data.put("documentTypeLabel", r.getDocumentType().label());
        data.put("documentNumber", FormText.plain(r.getDocumentNumber()));
        data.put("birthDate", date(r.getBirthDate()));
        data.put("gender", FormText.plain(r.getGender()));
        data.put("birthCountry", FormText.plain(r.getBirthCountry()));
        data.put("provinceOfOrigin", FormText.plain(r.getProvinceOfOrigin()));
        data.put("educationLevel", FormText.plain(r.getEducationLevel()));
        data.put("enrolmentDate", date(r.getEnrolmentDate()));
        data.put("department", FormText.plain(r.getDepartment()));
        data.put("schoolingLength", FormText.plain(r.getSchoolingLength()));
        data.put("studyMode", FormText.plain(r.getStudyMode()));
        data.put("major", FormText.plain(r.getMajor()));
        data.put("studentNo", FormText.plain(r.getStudentNo()));
        data.put("graduationDate", date(r.getGraduationDate()));
        data.put("diplomaNo", FormText.plain(r.getDiplomaNo()));
        data.put("degreeType", FormText.plain(r.getDegreeType()));
        data.put("studyCategory", FormText.plain(r.getStudyCategory()));
        data.put("degreeCertificateNo", FormText.plain(r.getDegreeCertificateNo()));
        data.put("submittedAt", time.format(r.getSubmittedAt()));
        data.put("registrySummary", FormText.plain(match.registrySummary()));
        data.put("photoUrl", "/staff/documents/" + r.getPhotoDocumentId());
        return data;
    }

    private static String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }
}
