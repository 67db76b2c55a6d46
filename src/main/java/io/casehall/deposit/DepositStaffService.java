package io.casehall.deposit;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff console shows of a case: the whole case file and its open steps, and the uploads — ID photos are
 * sensitive, so every read is in the audit log (the document store also allows it only while the staff member's
 * work needs the case).
 */
@Service
public class DepositStaffService {

    private final DepositApplicationRepository applications;
    private final DocumentStore documents;
    private final TaskService tasks;
    private final AuditLog audit;

    DepositStaffService(DepositApplicationRepository applications, DocumentStore documents, TaskService tasks,
                        AuditLog audit) {
        this.applications = applications;
        this.documents = documents;
        this.tasks = tasks;
        this.audit = audit;
    }

    /** The case file with all its rows. */
    @Transactional(readOnly = true)
    public DepositApplication caseFile(Long applicationId) {
        DepositApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        application.initializeRows();
        return application;
    }

    /** Names of the case's open tasks (当前环节). */
    public List<String> openSteps(DepositApplication application) {
        if (application.getProcessInstanceId() == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId()).list().stream()
                .map(Task::getName).toList();
    }

    /** An upload of the case, read by a staff member; a document of another case is a 404. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public DocumentContent readUpload(Actor staff, Long applicationId, UUID documentId) {
        DepositApplication application = caseFile(applicationId);
        DepositUpload upload = application.upload(documentId).orElseThrow(NotFoundException::new);
        audit.record(staff, "DEPOSIT_UPLOAD_READ", "deposit-application", application.getNumber(),
                upload.getKind().name() + " " + documentId);
        return documents.read(documentId, staff);
    }
}
