package io.casehall.qualification.portal;

import static io.casehall.qualification.QualificationReviewProcess.*;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationChangeRequestProcess;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2's two answers. 确认无误 confirms the record. 申请修改 splits the changes by the sensitive-fields table: the
 * others are applied at once and audited; the sensitive ones need their proofs, become one change request and start
 * its approval by the graduate's college, and show as pending until decided. Both only while the graduate window is
 * open; while a request is pending its sensitive fields cannot be changed again.
 */
@Service
class ChangeSubmissions {

    /** What a submission did: the changes applied at once, and the request made for the sensitive ones (or null). */
    record Outcome(List<ChangeItem> appliedAtOnce, ChangeRequest request) {
    }

    private final GraduateRecords records;
    private final ChangeFormReader reader;
    private final SensitiveFields sensitiveFields;
    private final ProofUploads proofs;
    private final ChangeRequestRepository requests;
    private final RuntimeService runtimeService;
    private final AuditLog auditLog;
    private final Messages messages;
    private final Clock clock;

    ChangeSubmissions(GraduateRecords records, ChangeFormReader reader, SensitiveFields sensitiveFields,
                      ProofUploads proofs, ChangeRequestRepository requests, RuntimeService runtimeService,
                      AuditLog auditLog, Messages messages, Clock clock) {
        this.records = records;
        this.reader = reader;
        this.sensitiveFields = sensitiveFields;
        this.proofs = proofs;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** 确认无误: the record is correct as it stands. */
    @Transactional
    void confirm(ApplicantPrincipal applicant) {
        QualificationGraduate graduate = openRecord(applicant);
        if (graduate.getCheckStatus() == CheckStatus.CHANGE_PENDING) {
            throw new UserFacingException("qualification.record.pendingNoConfirm");
        }
        graduate.confirm(clock.instant());
        auditLog.record(applicant, "QUALIFICATION_CONFIRMED", "qualification-graduate", graduate.getId(), null);
    }

    /**
     * The fields the graduate cannot change now: the sensitive ones while a request of theirs is pending. Not
     * read-only: the engine keeps a history of each decision it evaluates.
     */
    @Transactional
    Set<QualificationField> lockedFields(QualificationGraduate graduate) {
        if (records.pendingOf(graduate).isEmpty()) {
            return EnumSet.noneOf(QualificationField.class);
        }
        Set<QualificationField> locked = EnumSet.noneOf(QualificationField.class);
        for (QualificationField field : QualificationField.values()) {
            if (sensitiveFields.rule(field).sensitive()) {
                locked.add(field);
            }
        }
        return locked;
    }

    /** What 申请修改 would do with this form: the problems that stop it (empty when it may be submitted). */
    @Transactional
    List<FormProblem> check(ApplicantPrincipal applicant, ChangeForm form) {
        try {
            plan(applicant, form);
            return List.of();
        } catch (PortalFormException refused) {
            return refused.problems();
        }
    }

    /** 申请修改. Throws {@link PortalFormException} with the form's problems; nothing is changed then. */
    @Transactional
    Outcome submit(ApplicantPrincipal applicant, ChangeForm form) {
        Plan plan = plan(applicant, form);
        QualificationGraduate graduate = plan.graduate();
        Instant now = clock.instant();
        for (ChangeItem item : plan.atOnce()) {
            graduate.apply(item.getField(), item.getNewValue(), item.getNewText(), now);
            auditLog.record(applicant, "QUALIFICATION_DATA_CHANGED", "qualification-graduate", graduate.getId(),
                    item.getField() + ": " + nz(item.getOldText()) + " → " + item.getNewText());
        }
        if (plan.sensitive().isEmpty()) {
            graduate.confirm(now);
            return new Outcome(plan.atOnce(), null);
        }
        ChangeRequest request = requests.saveAndFlush(new ChangeRequest(graduate, plan.sensitive(),
                plan.proof1().orElse(null), plan.proof2().orElse(null), now));
        String caseKey = QualificationChangeRequestProcess.requestBusinessKey(request.getId());
        plan.proof1().ifPresent(id -> proofs.attachToCase(id, caseKey));
        plan.proof2().ifPresent(id -> proofs.attachToCase(id, caseKey));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY_CHANGE_REQUEST, caseKey,
                Variables.createVariables()
                        .putValue(VAR_CAMPAIGN_ID, graduate.getCampaignId())
                        .putValue(VAR_GRADUATE_ID, graduate.getId())
                        .putValue(VAR_CHANGE_REQUEST_ID, request.getId())
                        .putValue(VAR_COLLEGE, graduate.getCollege())
                        .putValue(VAR_COLLEGE_GROUP, collegeGroup(graduate.getCollege()))
                        .putValue(VAR_CASE_TITLE, caseTitle(graduate))
                        .putValue(QualificationChangeRequestProcess.VAR_CASE_LINK,
                                QualificationChangeRequestProcess.staffLink(request.getId())));
        request.startedAs(instance.getId());
        auditLog.record(applicant, "QUALIFICATION_CHANGE_REQUESTED", "qualification-change-request", request.getId(),
                plan.sensitive().stream().map(i -> i.getField() + ": " + nz(i.getOldText()) + " → " + i.getNewText())
                        .collect(Collectors.joining("; ")));
        return new Outcome(plan.atOnce(), request);
    }

    /** The form read against the record and split by the table: changes applied at once, sensitive ones, proofs. */
    private record Plan(QualificationGraduate graduate, List<ChangeItem> atOnce, List<ChangeItem> sensitive,
                        Optional<UUID> proof1, Optional<UUID> proof2) {
    }

    private Plan plan(ApplicantPrincipal applicant, ChangeForm form) {
        QualificationGraduate graduate = openRecord(applicant);
        ChangeFormReader.Reading reading = reader.read(graduate, form, lockedFields(graduate));
        List<FormProblem> problems = new ArrayList<>(reading.problems());
        if (problems.isEmpty() && reading.items().isEmpty()) {
            problems.add(new FormProblem("form", "qualification.change.nothingChanged"));
        }
        List<ChangeItem> atOnce = new ArrayList<>();
        List<ChangeItem> sensitive = new ArrayList<>();
        ProofRule proofRule = ProofRule.NONE;
        for (ChangeItem item : reading.items()) {
            FieldRule rule = sensitiveFields.rule(item.getField());
            if (rule.sensitive()) {
                sensitive.add(item);
                proofRule = proofRule.and(rule.proof());
            } else {
                atOnce.add(item);
            }
        }
        Optional<UUID> proof1 = proofs.owned(applicant, form, 1);
        Optional<UUID> proof2 = proofs.owned(applicant, form, 2);
        if (!sensitive.isEmpty() && !proofRule.satisfiedBy(proof1.isPresent(), proof2.isPresent())) {
            problems.add(new FormProblem("proof1", proofRule == ProofRule.BOTH
                    ? "qualification.change.proofsBothRequired" : "qualification.change.proofRequired",
                    fieldList(sensitive)));
        }
        if (!problems.isEmpty()) {
            throw new PortalFormException(problems);
        }
        return new Plan(graduate, atOnce, sensitive, proof1, proof2);
    }

    /** What staff see of the case in Tasklist: "2019010101 张三（文学院）". */
    static String caseTitle(QualificationGraduate graduate) {
        return graduate.getStudentNo() + " " + graduate.getName() + "（" + graduate.getCollege() + "）";
    }

    /** The graduate's record, while the graduate window is open; otherwise the message that it is closed. */
    private QualificationGraduate openRecord(ApplicantPrincipal applicant) {
        QualificationGraduate graduate = records.require(applicant.applicantId());
        if (!records.graduateWindowOpen(graduate)) {
            throw new UserFacingException("qualification.record.windowClosed");
        }
        return graduate;
    }

    /** "姓名、民族": the fields' labels in the request's language. */
    private String fieldList(List<ChangeItem> items) {
        return items.stream().map(i -> messages.get(FieldLabels.key(i.getField()))).collect(Collectors.joining("、"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
