package io.casehall.deposit.submission;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositFormException;
import io.casehall.deposit.DepositParticulars;
import io.casehall.deposit.DepositStatus;
import io.casehall.deposit.DepositSummary;
import io.casehall.shared.web.FormProblem;
import io.casehall.deposit.NewUpload;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "修改申请": allowed while nobody has taken the application (the waiting audit task gets the new summary) and
 * after a rejection (then it completes the applicant's step and the application goes back to audit). Under audit
 * or later it is refused with a message.
 */
@Service
public class DepositModifications {

    private final DepositApplicationRepository applications;
    private final DepositSubmissions submissions;
    private final DepositStatement statement;
    private final DepositSummary summary;
    private final TaskService tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DepositModifications(DepositApplicationRepository applications, DepositSubmissions submissions,
                         DepositStatement statement, DepositSummary summary, TaskService tasks, AuditLog audit,
                         Clock clock, PlatformTransactionManager transactions) {
        this.applications = applications;
        this.submissions = submissions;
        this.statement = statement;
        this.summary = summary;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public DepositApplication modify(ApplicantPrincipal applicant, DepositApplication current, DepositForm form,
                                     List<NewUpload> uploads) {
        requireModifiable(current);
        form.setService(current.getService());
        statement.requireAdmissible(applicant.applicantId(), form, current.getId());
        List<FormProblem> problems = new ArrayList<>(submissions.storeUploads(applicant, form, uploads));
        problems.addAll(submissions.check(form));
        if (!problems.isEmpty()) {
            throw new DepositFormException(problems);
        }
        return transaction.execute(status -> {
            DepositApplication application = applications.findById(current.getId()).orElseThrow(NotFoundException::new);
            requireModifiable(application);
            var now = clock.instant();
            String caseKey = ArchiveDepositProcess.businessKey(application.getNumber());
            application.stated(DepositParticulars.of(form), statement.history(form), statement.study(form),
                    statement.attach(applicant, form, caseKey, now),
                    application.getService().isDeposit() ? now : null);
            if (application.getStatus() == DepositStatus.REJECTED) {
                // The rejection notice runs just before the applicant's step exists: a moment later it is there.
                Task step = applicantStep(application).orElseThrow(() ->
                        new UserFacingException("deposit.error.notReadyYet", application.getNumber()));
                application.resubmitted(now);
                applications.saveAndFlush(application);
                tasks.complete(step.getId());
            } else {
                Optional<Task> auditTask = waitingAudit(application);
                applications.saveAndFlush(application);
                auditTask.ifPresent(task ->
                        tasks.setVariableLocal(task.getId(), ArchiveDepositProcess.VAR_SUMMARY, summary.of(application)));
            }
            audit.record(applicant, "DEPOSIT_MODIFIED", "deposit-application", application.getNumber(), null);
            return application;
        });
    }

    /**
     * The audit task waiting for an auditor, if it exists yet (the notice before it runs first); a claimed one means
     * the application is under audit.
     */
    private Optional<Task> waitingAudit(DepositApplication application) {
        Optional<Task> task = tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                .taskDefinitionKey(ArchiveDepositProcess.TASK_AUDIT).list().stream().findFirst();
        if (task.isPresent() && task.get().getAssignee() != null) {
            throw new UserFacingException("deposit.error.notModifiable", application.getNumber());
        }
        return task;
    }

    public Optional<Task> applicantStep(DepositApplication application) {
        if (application.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                .taskAssignee(ArchiveDepositProcess.applicantAssignee(application.getApplicantId()))
                .initializeFormKeys().list().stream()
                .filter(task -> ArchiveDepositProcess.FORM_MODIFY.equals(task.getFormKey()))
                .findFirst();
    }

    static void requireModifiable(DepositApplication application) {
        if (!application.getStatus().isModifiable()) {
            throw new UserFacingException("deposit.error.notModifiable", application.getNumber());
        }
    }
}
