package io.casehall.clearance.engine;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** The execution listeners the engine attaches to a clearance model. */
final class ClearanceExecutionListeners {

    private ClearanceExecutionListeners() {
    }

    /** On the flows leaving the rule task: the applicable checkpoints are known. */
    static ExecutionListener applicability(ClearanceEvents events) {
        return execution -> events.applicability(CheckpointTaskListener.planId(execution),
                longVariable(execution, VAR_STUDENT_ID), execution.getProcessDefinitionId(),
                parseCheckpoints(execution.getVariable(VAR_CHECKPOINTS)));
    }

    /** On reaching a top-level end event. */
    static ExecutionListener completion(ClearanceEvents events) {
        return execution -> events.clearanceCompleted(CheckpointTaskListener.planId(execution),
                longVariable(execution, VAR_STUDENT_ID));
    }

    /** ",A,B," (or "[A, B]") to {A, B}. */
    static Set<String> parseCheckpoints(Object value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.toString().replaceAll("[\\[\\]\\s]", "").split(","))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static long longVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Clearance instance without variable " + name);
    }
}
