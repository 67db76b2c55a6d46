package io.casehall.clearance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine settings for graduation clearance: the parse listener that wires the checkpoint listeners into every
 * version of the model, and (unless {@code casehall.clearance.lean-history=false}) the
 * {@link LeanHistoryEventHandler}.
 */
@Component
class ClearanceEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ClearanceEvents> events;
    private final ObjectProvider<ClearanceNotifier> notifier;
    private final boolean leanHistory;

    ClearanceEnginePlugin(ObjectProvider<ClearanceEvents> events, ObjectProvider<ClearanceNotifier> notifier,
                          @Value("${casehall.clearance.lean-history:true}") boolean leanHistory) {
        this.events = events;
        this.notifier = notifier;
        this.leanHistory = leanHistory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ClearanceParseListener(new LazyEvents(events)));
        configuration.setCustomPostBPMNParseListeners(listeners);
        List<org.camunda.bpm.engine.impl.jobexecutor.JobHandler> handlers = configuration.getCustomJobHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new ClearanceNoticeJobHandler(notifier::getObject));
        configuration.setCustomJobHandlers(handlers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (leanHistory && configuration.getHistoryEventHandler() != null) {
            configuration.setHistoryEventHandler(new LeanHistoryEventHandler(configuration.getHistoryEventHandler()));
        }
    }

    /** Resolves the events bean at first use: it needs engine services, which need this plugin. */
    private record LazyEvents(ObjectProvider<ClearanceEvents> provider) implements ClearanceEvents {

        @Override
        public void applicability(long planId, long studentId, String processDefinitionId, Set<String> applicable) {
            provider.getObject().applicability(planId, studentId, processDefinitionId, applicable);
        }

        @Override
        public void checkpointReached(long planId, long studentId, String checkpointId, String taskId) {
            provider.getObject().checkpointReached(planId, studentId, checkpointId, taskId);
        }

        @Override
        public void checkpointDecided(long planId, long studentId, String checkpointId, boolean passed,
                                      String remark, String operator) {
            provider.getObject().checkpointDecided(planId, studentId, checkpointId, passed, remark, operator);
        }

        @Override
        public void handoverReached(long planId, long studentId, String taskId) {
            provider.getObject().handoverReached(planId, studentId, taskId);
        }

        @Override
        public void handedOver(long planId, long studentId, String operator) {
            provider.getObject().handedOver(planId, studentId, operator);
        }

        @Override
        public void clearanceCompleted(long planId, long studentId) {
            provider.getObject().clearanceCompleted(planId, studentId);
        }
    }
}
