package io.casehall.clearance.engine;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Wires CaseHall's listeners into every version of {@code graduationClearance} as the engine parses it, so a
 * checkpoint an administrator draws in Modeler (a user task with id {@code Task_Checkpoint_...}) is tracked
 * without any listener configuration in the model:
 * <ul>
 *   <li>checkpoint tasks: {@link CheckpointTaskListener} on create and complete;</li>
 *   <li>{@code Task_HandOverCertificates}: {@link HandoverTaskListener};</li>
 *   <li>flows leaving a business rule task that calls {@code clearanceCheckpoints}: the applicability listener;</li>
 *   <li>top-level end events: the completion listener.</li>
 * </ul>
 */
class ClearanceParseListener extends AbstractBpmnParseListener {

    private final TaskListener checkpointListener;
    private final TaskListener handoverListener;
    private final ExecutionListener applicabilityListener;
    private final ExecutionListener completionListener;
    /** Rule tasks of the definition being parsed (the engine parses one deployment at a time per thread). */
    private final ThreadLocal<Set<String>> ruleTasks = ThreadLocal.withInitial(HashSet::new);

    ClearanceParseListener(ClearanceEvents events) {
        this.checkpointListener = new CheckpointTaskListener(events);
        this.handoverListener = new HandoverTaskListener(events);
        this.applicabilityListener = ClearanceExecutionListeners.applicability(events);
        this.completionListener = ClearanceExecutionListeners.completion(events);
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        ruleTasks.get().clear();
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!isClearance(scope)) {
            return;
        }
        if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        if (isCheckpoint(activity.getId())) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, checkpointListener);
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, checkpointListener);
        } else if (TASK_HANDOVER.equals(activity.getId())) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, handoverListener);
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, handoverListener);
        }
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (isClearance(scope)
                && DECISION_CHECKPOINTS.equals(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRef"))) {
            ruleTasks.get().add(activity.getId());
        }
    }

    @Override
    public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        if (isClearance(scope) && transition.getSource() != null
                && ruleTasks.get().contains(transition.getSource().getId())) {
            transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, applicabilityListener);
        }
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (isClearance(scope) && scope == activity.getProcessDefinition()) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, completionListener);
        }
    }

    private static boolean isClearance(ScopeImpl scope) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && KEY.equals(definition.getKey());
    }
}
