package io.casehall.deposit.process;

import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.notification.Recipient;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The envelope has been awaited a while: the waiting task moves up in Tasklist (higher priority, follow-up today)
 * and the deposit auditors with an e-mail address are told once per reminder (the dedup key).
 */
@Service
class DepositStaffReminder {

    static final int REMINDED_PRIORITY = 80;

    private final DepositApplicationRepository applications;
    private final TaskService tasks;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final AuditLog audit;

    DepositStaffReminder(DepositApplicationRepository applications, TaskService tasks, IdentityService identity,
                         NotificationService notifications, AuditLog audit) {
        this.applications = applications;
        this.tasks = tasks;
        this.identity = identity;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    void remind(Long applicationId, String processInstanceId, String dedupKey) {
        DepositApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ArchiveDepositProcess.TASK_REGISTER_ENVELOPE).list().forEach(task -> {
                    task.setPriority(Math.max(task.getPriority(), REMINDED_PRIORITY));
                    task.setFollowUpDate(new Date());
                    tasks.saveTask(task);
                });
        for (User user : identity.createUserQuery().memberOfGroup(ArchiveDepositProcess.GROUP_AUDIT).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                notifications.notify(new Recipient(null, user.getEmail(), null, Locale.SIMPLIFIED_CHINESE),
                        Notice.of(dedupKey + ":" + user.getId(), "deposit.notice.staffEnvelopeReminder",
                                "/staff/deposit/" + application.getId(), application.getNumber(), application.getFullName()));
            }
        }
        audit.record(Actor.SYSTEM, "DEPOSIT_STAFF_REMINDED", "deposit-application", application.getNumber(), null);
    }
}
