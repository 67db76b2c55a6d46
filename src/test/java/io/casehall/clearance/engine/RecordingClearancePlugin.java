package io.casehall.clearance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Process-test engine plugin (clearance.camunda.cfg.xml): the production parse listener, reporting to
 * {@link #EVENTS}, which records every call as a line such as {@code decided 7 Task_Checkpoint_Library FAILED 书未还}.
 */
public class RecordingClearancePlugin extends AbstractProcessEnginePlugin {

    public static final Recorder EVENTS = new Recorder();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ClearanceParseListener(EVENTS));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    public static final class Recorder implements ClearanceEvents {

        public final List<String> lines = new CopyOnWriteArrayList<>();
        public volatile Set<String> lastApplicable = Set.of();

        public void clear() {
            lines.clear();
            lastApplicable = Set.of();
        }

        @Override
        public void applicability(long planId, long studentId, String processDefinitionId, Set<String> applicable) {
            lastApplicable = applicable;
            lines.add("applicability " + studentId + " " + applicable.size());
        }

        @Override
        public void checkpointReached(long planId, long studentId, String checkpointId, String taskId) {
            lines.add("reached " + studentId + " " + checkpointId);
        }

        @Override
        public void checkpointDecided(long planId, long studentId, String checkpointId, boolean passed, String remark,
                                      String operator) {
            lines.add("decided " + studentId + " " + checkpointId + " " + (passed ? "PASSED" : "FAILED")
                    + (remark == null ? "" : " " + remark) + " by " + operator);
        }

        @Override
        public void handoverReached(long planId, long studentId, String taskId) {
            lines.add("handover " + studentId);
        }

        @Override
        public void handedOver(long planId, long studentId, String operator) {
            lines.add("handedOver " + studentId + " by " + operator);
        }

        @Override
        public void clearanceCompleted(long planId, long studentId) {
            lines.add("completed " + studentId);
        }
    }
}
