package io.casehall.creditbank.conversion.review;

import static io.casehall.creditbank.conversion.CreditConversionProcess.MAX_REASON;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionApplication;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionDecisions;
import io.casehall.creditbank.conversion.ConversionDecisions.Decision;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审核 on the 转换申请审核 page. A personal application has one learner: deciding it decides the step, so its task is
 * completed at once (the model goes on to the next step or records the results). A batch is decided learner by
 * learner (the ticked ones, or all the step has not decided); once nobody is left at the step its task is completed.
 * Completion runs as the signed-in user (the engine's tenant check and authorizations apply). An application that is
 * not mine, not pending, or whose task I may not work on is not found.
 */
@Service
class ConversionReviews {

    /** The form: 通过 / 不通过 and the reason. */
    record Verdict(boolean passed, String reason) {
    }

    /** How many learners were decided and whether the step is done. */
    record Outcome(int decided, boolean stepDone) {
    }

    /** A pending application of mine and the task of its current step. */
    record Reviewable(ConversionApplication application, Task task) {
    }

    private static final int CHUNK = 100;

    private final ReviewQueries queries;
    private final ConversionApplicationRepository applications;
    private final ConversionDecisions decisions;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    ConversionReviews(ReviewQueries queries, ConversionApplicationRepository applications,
                      ConversionDecisions decisions, TaskService taskService, IdentityService identityService,
                      TransactionTemplate transactions, AuditLog audit) {
        this.queries = queries;
        this.applications = applications;
        this.decisions = decisions;
        this.taskService = taskService;
        this.identityService = identityService;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The form's values checked: a decision, a reason when not passed, at most 500 characters. */
    static Verdict verdict(String decision, String reason) {
        String text = reason == null ? null : reason.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (!"PASSED".equals(decision) && !"FAILED".equals(decision)) {
            throw new UserFacingException("creditbank.conversion.review.decisionRequired");
        }
        boolean passed = "PASSED".equals(decision);
        if (!passed && text == null) {
            throw new UserFacingException("creditbank.conversion.review.reasonRequired");
        }
        if (text != null && text.length() > MAX_REASON) {
            throw new UserFacingException("creditbank.conversion.review.reasonTooLong", MAX_REASON);
        }
        return new Verdict(passed, text);
    }

    /** The application (mine, pending, of the channel) and the task of its step that I may work on. */
    Reviewable reviewable(InstitutionPrincipal me, Long applicationId, ConversionChannel channel) {
        ConversionApplication application = applications.findByIdAndTargetInstitutionId(applicationId,
                        me.institutionId())
                .filter(ConversionApplication::isPending)
                .filter(a -> channel == null || a.getChannel() == channel)
                .orElseThrow(NotFoundException::new);
        Task task = queries.taskOf(me, application.getProcessInstanceId()).orElseThrow(NotFoundException::new);
        return new Reviewable(application, task);
    }

    /** How many learners of the application its current step has still to decide (not found when not mine). */
    long undecided(InstitutionPrincipal me, Long applicationId) {
        Reviewable r = reviewable(me, applicationId, null);
        return decisions.undecidedAt(applicationId, r.task().getTaskDefinitionKey());
    }

    /**
     * 个人申请: the ticked applications (every one must be reviewable by me, else nothing changes), or when none is
     * ticked every personal application the filters match. Each is decided and its task completed in a
     * transaction of its own. Returns how many were decided.
     */
    int decidePersonal(InstitutionPrincipal me, List<Long> ticked, ReviewFilter filter, Verdict verdict) {
        int decided = 0;
        if (ticked != null && !ticked.isEmpty()) {
            List<Reviewable> chosen = new ArrayList<>();
            for (Long id : new HashSet<>(ticked)) {
                chosen.add(reviewable(me, id, ConversionChannel.PERSONAL));
            }
            for (Reviewable r : chosen) {
                decided += decideWhole(me, r, verdict);
            }
        } else {
            // newest first, a chunk at a time below the last one seen: each application is decided once, and
            // its task is taken from the engine so the engine's checks apply
            Long before = null;
            while (true) {
                List<Long> chunk = queries.pendingIds(me, ConversionChannel.PERSONAL, filter, before, CHUNK);
                if (chunk.isEmpty()) {
                    break;
                }
                for (Long id : chunk) {
                    before = id;
                    ConversionApplication application = applications.findById(id)
                            .filter(a -> a.getTargetInstitutionId().equals(me.institutionId()))
                            .filter(ConversionApplication::isPending)
                            .filter(a -> a.getChannel() == ConversionChannel.PERSONAL).orElse(null);
                    Task task = application == null ? null
                            : queries.taskOf(me, application.getProcessInstanceId()).orElse(null);
                    if (task != null) {
                        decided += decideWhole(me, new Reviewable(application, task), verdict);
                    }
                }
            }
        }
        if (decided == 0) {
            throw new UserFacingException("creditbank.conversion.reviews.noneDecided");
        }
        return decided;
    }

    /** 机构发起: the ticked learners (item ids) or all the step has not decided; the step's task completes when done. */
    Outcome decideBatch(InstitutionPrincipal me, Long applicationId, List<Long> tickedItems, Verdict verdict) {
        Reviewable r = reviewable(me, applicationId, null);
        Outcome outcome = transactions.execute(status -> {
            int n = decisions.decide(applicationId, tickedItems, decision(me, r.task(), verdict));
            boolean done = decisions.undecidedAt(applicationId, r.task().getTaskDefinitionKey()) == 0;
            if (n > 0) {
                audit.record(me, verdict.passed() ? "CONVERSION_REVIEW_PASSED" : "CONVERSION_REVIEW_FAILED",
                        "conversion-application", applicationId, r.task().getTaskDefinitionKey() + " × " + n);
            }
            if (done) {
                complete(me, r.task());
            }
            return new Outcome(n, done);
        });
        if (outcome.decided() == 0 && !outcome.stepDone()) {
            throw new UserFacingException("creditbank.conversion.reviews.noneDecided");
        }
        return outcome;
    }

    private int decideWhole(InstitutionPrincipal me, Reviewable r, Verdict verdict) {
        Integer n = transactions.execute(status -> {
            Long id = r.application().getId();
            int decided = decisions.decide(id, null, decision(me, r.task(), verdict));
            audit.record(me, verdict.passed() ? "CONVERSION_REVIEW_PASSED" : "CONVERSION_REVIEW_FAILED",
                    "conversion-application", id, r.task().getTaskDefinitionKey() + " × " + decided);
            if (decisions.undecidedAt(id, r.task().getTaskDefinitionKey()) == 0) {
                complete(me, r.task());
            }
            return decided;
        });
        return n == null ? 0 : n;
    }

    private static Decision decision(InstitutionPrincipal me, Task task, Verdict verdict) {
        return new Decision(task.getTaskDefinitionKey(), task.getName(), verdict.passed(), verdict.reason(),
                me.userId(), me.displayName());
    }

    /** Completes the step as the signed-in user, so the engine's tenant check and authorizations apply. */
    private void complete(InstitutionPrincipal me, Task task) {
        identityService.setAuthentication(me.userId(), me.groupIds(),
                me.tenantId() == null ? List.of() : List.of(me.tenantId()));
        try {
            taskService.complete(task.getId());
        } finally {
            identityService.clearAuthentication();
        }
    }
}
