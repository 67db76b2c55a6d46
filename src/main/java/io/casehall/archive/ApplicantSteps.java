package io.casehall.archive;

import io.casehall.shared.web.UserFacingException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The applicant's open steps, as the engine has them: user tasks assigned to the applicant, recognised by
 * their form key ({@code portal:pay}, {@code portal:correct}, {@code portal:proofread}). The model decides what
 * the applicant is asked to do next; the portal only shows and completes these tasks.
 */
@Component
public class ApplicantSteps {

    private final TaskService tasks;

    ApplicantSteps(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Application number → form keys of the applicant's open steps. */
    Map<String, List<String>> openSteps(Long applicantId, Collection<ArchiveApplication> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        String[] keys = applications.stream().map(a -> ArchiveUseProcess.businessKey(a.getNumber())).toArray(String[]::new);
        Map<String, String> numberByInstance = applications.stream()
                .filter(a -> a.getProcessInstanceId() != null)
                .collect(Collectors.toMap(ArchiveApplication::getProcessInstanceId, ArchiveApplication::getNumber));
        return tasks.createTaskQuery().processInstanceBusinessKeyIn(keys)
                .taskAssignee(ArchiveUseProcess.applicantAssignee(applicantId))
                .initializeFormKeys().list().stream()
                .filter(task -> numberByInstance.containsKey(task.getProcessInstanceId()))
                .collect(Collectors.groupingBy(task -> numberByInstance.get(task.getProcessInstanceId()),
                        Collectors.mapping(Task::getFormKey, Collectors.toList())));
    }

    public Optional<Task> open(ArchiveApplication application, String formKey) {
        if (application.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                .taskAssignee(ArchiveUseProcess.applicantAssignee(application.getApplicantId()))
                .initializeFormKeys().list().stream()
                .filter(task -> formKey.equals(task.getFormKey()))
                .findFirst();
    }

    /** The open step, or a refusal naming why the action is not possible now (already done, not yet due). */
    Task require(ArchiveApplication application, String formKey, String refusalKey) {
        return open(application, formKey).orElseThrow(() -> new UserFacingException(refusalKey, application.getNumber()));
    }

    void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }
}
