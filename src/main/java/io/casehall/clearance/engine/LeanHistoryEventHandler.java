package io.casehall.clearance.engine;

import io.casehall.clearance.GraduationClearanceProcess;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Full history for every process except {@code graduationClearance}, where only the coarse events are kept:
 * process instance start/end, incidents, job logs and the user operation log (who completed a task in
 * Tasklist). Activity, task, variable, identity-link and decision history of clearance instances is dropped.
 * <p>
 * Why: one season launches 10,000 students with about ten checkpoints each. Full history writes, per student,
 * a historic activity instance for every gateway and task, a historic task, an identity-link log and an
 * authorization-free variable history for every variable, and a decision instance with its inputs and outputs:
 * roughly three times the rows of the runtime itself. What clearance needs to remember — who passed or failed
 * which checkpoint, when, with which remark — is kept in {@code clearance_checkpoint_state} and the audit log.
 * <p>
 * Why a filtering handler instead of a custom {@code HistoryLevel}: the engine stores its history level in the
 * database and refuses to start when the configured level differs, so a new level would break every existing
 * installation; and a level is engine-wide, while this keeps full history for all other procedures.
 */
class LeanHistoryEventHandler implements HistoryEventHandler {

    private static final Set<Class<?>> KEPT = Set.of(HistoricProcessInstanceEventEntity.class,
            HistoricIncidentEventEntity.class, UserOperationLogEntryEventEntity.class, HistoricJobLogEvent.class,
            HistoricExternalTaskLogEntity.class);

    private final HistoryEventHandler delegate;

    LeanHistoryEventHandler(HistoryEventHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!dropped(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(java.util.List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            handleEvent(event);
        }
    }

    static boolean dropped(HistoryEvent event) {
        if (!GraduationClearanceProcess.KEY.equals(processDefinitionKey(event))) {
            return false;
        }
        return KEPT.stream().noneMatch(type -> type.isInstance(event));
    }

    private static String processDefinitionKey(HistoryEvent event) {
        if (event instanceof org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent decision
                && decision.getRootHistoricDecisionInstance() != null) {
            return decision.getRootHistoricDecisionInstance().getProcessDefinitionKey();
        }
        return event.getProcessDefinitionKey();
    }
}
