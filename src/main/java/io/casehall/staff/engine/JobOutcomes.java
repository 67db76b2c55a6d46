package io.casehall.staff.engine;

import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts job executions on this node, whether the job executor or {@code ManagementService.executeJob} ran them.
 * It sits outside the engine's transaction, so a job whose transaction fails to commit (an optimistic locking
 * conflict, a constraint) counts as failed, as the engine then retries it. Independent of the engine's own
 * metrics reporting, which is switched off in tests and writes to the database only every 15 minutes.
 */
class JobOutcomes extends CommandInterceptor {

    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof ExecuteJobsCmd)) {
            return next.execute(command);
        }
        try {
            T result = next.execute(command);
            succeeded.incrementAndGet();
            return result;
        } catch (RuntimeException | Error e) {
            failed.incrementAndGet();
            throw e;
        }
    }

    long succeeded() {
        return succeeded.get();
    }

    long failed() {
        return failed.get();
    }
}
