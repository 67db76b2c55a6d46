package io.casehall.clearance.checkpoint;

import static io.casehall.staff.DepartmentGroups.departmentGroup;
import static io.casehall.clearance.GraduationClearanceProcess.*;

import io.casehall.clearance.Checkpoint;
import io.casehall.staff.StaffDirectory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The checkpoints of a deployed {@code graduationClearance} definition, read from its BPMN model: user tasks
 * whose id starts with {@code Task_Checkpoint_}, in process order (distance from the start event; ties in
 * document order). A definition never changes once deployed, so the answer is cached per definition id.
 */
@Component
public class CheckpointCatalog {

    private static final String GROUP_NAME_PREFIX = "离校：";

    private final RepositoryService repositoryService;
    private final StaffDirectory staffDirectory;
    private final Map<String, List<Checkpoint>> byDefinition = new ConcurrentHashMap<>();
    private final Map<String, Boolean> handoverScope = new ConcurrentHashMap<>();

    CheckpointCatalog(RepositoryService repositoryService, StaffDirectory staffDirectory) {
        this.repositoryService = repositoryService;
        this.staffDirectory = staffDirectory;
    }

    /** The latest deployed definition of the process, if any. */
    public Optional<String> latestDefinitionId() {
        return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult()).map(ProcessDefinition::getId);
    }

    public List<Checkpoint> of(String processDefinitionId) {
        return byDefinition.computeIfAbsent(processDefinitionId,
                id -> read(repositoryService.getBpmnModelInstance(id)));
    }

    /**
     * Makes sure every checkpoint group of the definition (and the hand-over group) exists with Tasklist access
     * and a queue filter, so a checkpoint added in Modeler gets its group at the next launch.
     */
    void ensureGroups(String processDefinitionId) {
        ensureGroups(processDefinitionId, List.of());
    }

    /**
     * As {@link #ensureGroups(String)}, and for department-scoped checkpoints (and the hand-over, when the model
     * scopes it) one group per department, e.g. 离校：培养单位学工审核（马克思主义学院）.
     */
    public void ensureGroups(String processDefinitionId, java.util.Collection<String> departments) {
        for (Checkpoint checkpoint : of(processDefinitionId)) {
            if (checkpoint.groupId() == null || !checkpoint.groupId().matches("[A-Za-z0-9]+")) {
                continue;
            }
            if (checkpoint.departmentScoped()) {
                for (String department : departments) {
                    staffDirectory.ensureRole(departmentGroup(checkpoint.groupId(), department),
                            GROUP_NAME_PREFIX + checkpoint.name() + "（" + department + "）");
                }
            } else {
                staffDirectory.ensureRole(checkpoint.groupId(), GROUP_NAME_PREFIX + checkpoint.name());
            }
        }
        if (handoverScoped(processDefinitionId)) {
            for (String department : departments) {
                staffDirectory.ensureRole(departmentGroup(GROUP_HANDOVER, department),
                        GROUP_NAME_PREFIX + GROUP_HANDOVER_NAME + "（" + department + "）");
            }
        } else {
            staffDirectory.ensureRole(GROUP_HANDOVER, GROUP_NAME_PREFIX + GROUP_HANDOVER_NAME);
        }
    }

    /** Whether the definition's hand-over task is department-scoped ({@code clearanceHandover${departmentCode}}). */
    public boolean handoverScoped(String processDefinitionId) {
        return handoverScope.computeIfAbsent(processDefinitionId, id -> {
            var element = repositoryService.getBpmnModelInstance(id).getModelElementById(TASK_HANDOVER);
            return element instanceof UserTask task && task.getCamundaCandidateGroups() != null
                    && task.getCamundaCandidateGroups().strip().endsWith(DEPARTMENT_GROUP_SUFFIX);
        });
    }

    public static List<Checkpoint> read(BpmnModelInstance model) {
        List<UserTask> tasks = new ArrayList<>(model.getModelElementsByType(UserTask.class));
        Map<String, Integer> documentOrder = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            documentOrder.put(tasks.get(i).getId(), i);
        }
        Map<String, Integer> distance = distances(model);
        List<UserTask> checkpoints = tasks.stream().filter(task -> isCheckpoint(task.getId()))
                .sorted(Comparator.<UserTask>comparingInt(task -> distance.getOrDefault(task.getId(), Integer.MAX_VALUE))
                        .thenComparingInt(task -> documentOrder.get(task.getId())))
                .toList();
        List<Checkpoint> result = new ArrayList<>();
        for (UserTask task : checkpoints) {
            String groups = task.getCamundaCandidateGroups();
            String group = groups == null ? null : groups.split(",")[0].strip();
            boolean scoped = group != null && group.endsWith(DEPARTMENT_GROUP_SUFFIX);
            if (scoped) {
                group = group.substring(0, group.length() - DEPARTMENT_GROUP_SUFFIX.length());
            }
            String name = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName().strip();
            result.add(new Checkpoint(task.getId(), name, group, result.size(), scoped));
        }
        return List.copyOf(result);
    }

    /** Shortest number of sequence flows from a start event to each flow node. */
    private static Map<String, Integer> distances(BpmnModelInstance model) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            distance.put(start.getId(), 0);
            queue.add(start);
        }
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            int next = distance.get(node.getId()) + 1;
            for (SequenceFlow flow : node.getOutgoing()) {
                FlowNode target = flow.getTarget();
                if (target != null && !distance.containsKey(target.getId())) {
                    distance.put(target.getId(), next);
                    queue.add(target);
                }
            }
        }
        return distance;
    }
}
