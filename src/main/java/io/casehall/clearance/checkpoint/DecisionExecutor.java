package io.casehall.clearance.checkpoint;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import io.casehall.clearance.Refusal;
import io.casehall.clearance.plan.PlanLauncher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes checkpoint tasks for many students: in chunks, each chunk one transaction, on a few threads. When a
 * chunk fails (a colleague completed one of its tasks a moment ago, and the engine's optimistic locking refuses
 * it), the chunk is rolled back and its students are done one by one, each in its own transaction: the others
 * pass, and the one that failed is reported with the reason. The decision travels as transient variables, so
 * completing a task writes no variable rows.
 */
@Component
public class DecisionExecutor {

    private static final Logger log = LoggerFactory.getLogger(DecisionExecutor.class);

    private final TaskService taskService;
    private final TransactionTemplate newTransaction;
    private final int chunkSize;
    private final int threads;

    DecisionExecutor(TaskService taskService, PlatformTransactionManager transactionManager,
                     @Value("${casehall.clearance.work.chunk-size:50}") int chunkSize,
                     @Value("${casehall.clearance.work.threads:2}") int threads) {
        this.taskService = taskService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = Math.max(1, chunkSize);
        this.threads = Math.max(1, threads);
    }

    /** Completes the decisions; returns the refusals by student id (absent = done). */
    public Map<Long, Refusal> execute(List<PendingDecision> decisions, String operator) {
        Map<Long, Refusal> refused = new ConcurrentHashMap<>();
        if (decisions.isEmpty()) {
            return refused;
        }
        List<List<PendingDecision>> chunks = new ArrayList<>();
        for (int from = 0; from < decisions.size(); from += chunkSize) {
            chunks.add(decisions.subList(from, Math.min(decisions.size(), from + chunkSize)));
        }
        if (chunks.size() == 1 || threads == 1) {
            chunks.forEach(chunk -> runChunk(chunk, operator, refused));
            return refused;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks.size()),
                PlanLauncher.daemon("clearance-decisions"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<PendingDecision> chunk : chunks) {
                futures.add(pool.submit(() -> runChunk(chunk, operator, refused)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while completing checkpoint tasks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Completing checkpoint tasks failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return refused;
    }

    private void runChunk(List<PendingDecision> chunk, String operator, Map<Long, Refusal> refused) {
        if (chunk.size() > 1) {
            try {
                newTransaction.executeWithoutResult(tx -> chunk.forEach(d -> complete(d, operator)));
                return;
            } catch (RuntimeException e) {
                log.debug("A chunk of {} checkpoint decisions was rolled back; doing them one by one", chunk.size(), e);
            }
        }
        for (PendingDecision decision : chunk) {
            try {
                newTransaction.executeWithoutResult(tx -> complete(decision, operator));
            } catch (RuntimeException e) {
                refused.put(decision.studentId(), refusal(decision, e));
            }
        }
    }

    private void complete(PendingDecision decision, String operator) {
        VariableMap variables = Variables.createVariables()
                .putValueTyped(VAR_RESULT, Variables.stringValue(decision.verdict().label(), true))
                .putValueTyped(VAR_REMARK, Variables.stringValue(decision.remark(), true))
                .putValueTyped(VAR_OPERATOR, Variables.stringValue(operator, true));
        taskService.complete(decision.taskId(), variables);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Refusal refusal(PendingDecision decision, RuntimeException e) {
        String key;
        if (e instanceof OptimisticLockingException
                || e instanceof org.springframework.dao.ConcurrencyFailureException) {
            key = "checkpoints.error.concurrent";
        } else if (e instanceof NullValueException || e instanceof NotFoundException) {
            key = "checkpoints.error.alreadyHandled";
        } else if (causedBy(e, BadUserRequestException.class)) {
            key = "checkpoints.error.invalid";
        } else {
            log.warn("Completing the checkpoint task {} of student {} failed", decision.taskId(), decision.studentId(), e);
            key = "checkpoints.error.failed";
        }
        return new Refusal(decision.studentId(), decision.studentNo(), decision.fullName(), key,
                Collections.emptyList());
    }
}
