package io.casehall.clearance.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * The engine job that sends a clearance notice ({@link ClearanceNotifier}). The checkpoint listener and the
 * completion listener only <b>schedule</b> it, in the engine's transaction; the job executor runs it after the
 * commit and retries it when it fails (a mail server that is down), ending in an incident in Cockpit — the
 * notice is never lost and never blocks the operator's decision. Jobs belong to no execution, so a student who
 * passes or finishes meanwhile still gets the notice. Works for every checkpoint drawn in Modeler, without model
 * changes.
 */
class ClearanceNoticeJobHandler implements JobHandler<ClearanceNoticeJobHandler.Config> {

    static final String TYPE = "casehall-clearance-notice";
    static final String FAILED = "FAILED";
    static final String COMPLETED = "COMPLETED";

    private final Supplier<ClearanceNotifier> notifier;

    ClearanceNoticeJobHandler(Supplier<ClearanceNotifier> notifier) {
        this.notifier = notifier;
    }

    /** kind, student id, checkpoint id, dedup key, remark — separated by line feeds. */
    record Config(String kind, long studentId, String checkpointId, String dedup, String remark)
            implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return String.join("\n", kind, String.valueOf(studentId), nz(checkpointId), nz(dedup), nz(remark));
        }

        private static String nz(String s) {
            return s == null ? "" : s.replace('\n', ' ');
        }
    }

    /** Schedules a notice; call inside an engine command (a listener). */
    static void schedule(Config config) {
        MessageEntity message = new MessageEntity();
        message.setJobHandlerType(TYPE);
        message.setJobHandlerConfiguration(config);
        org.camunda.bpm.engine.impl.context.Context.getCommandContext().getJobManager().send(message);
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        if (FAILED.equals(config.kind())) {
            notifier.get().checkpointFailed(config.studentId(), config.checkpointId(), config.remark(),
                    config.dedup());
        } else if (COMPLETED.equals(config.kind())) {
            notifier.get().completed(config.studentId());
        }
    }

    @Override
    public Config newConfiguration(String canonicalString) {
        String[] parts = canonicalString.split("\n", 5);
        return new Config(parts[0], Long.parseLong(parts[1]), part(parts, 2), part(parts, 3), part(parts, 4));
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "";
    }

    @Override
    public void onDelete(Config configuration, JobEntity jobEntity) {
    }
}
