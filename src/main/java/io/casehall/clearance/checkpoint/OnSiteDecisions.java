package io.casehall.clearance.checkpoint;

import static io.casehall.clearance.checkpoint.ClearanceRoles.admits;

import io.casehall.clearance.BatchOutcome;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointRow;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.Refusal;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.Verdict;
import io.casehall.clearance.plan.PlanLookup;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** On-site processing at one checkpoint: searching students, deciding one, passing many in a batch. */
@Component
public class OnSiteDecisions {

    private final PlanLookup lookup;
    private final ClearanceRoles roles;
    private final DecisionExecutor executor;
    private final ClearanceQueries queries;
    private final AuditLog auditLog;

    OnSiteDecisions(PlanLookup lookup, ClearanceRoles roles, DecisionExecutor executor, ClearanceQueries queries,
                    AuditLog auditLog) {
        this.lookup = lookup;
        this.roles = roles;
        this.executor = executor;
        this.queries = queries;
        this.auditLog = auditLog;
    }

    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size) {
        lookup.checkpoint(planId, checkpointId);
        return queries.atCheckpoint(planId, checkpointId, filter, Math.max(0, page), PlanLookup.clampSize(size));
    }

    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size, StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return queries.atCheckpoint(planId, checkpointId, f.within(roles.departmentScope(staff, planId, checkpoint)),
                Math.max(0, page), PlanLookup.clampSize(size));
    }

    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId, StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        CheckpointRow row = studentAtCheckpoint(planId, checkpointId, studentId);
        if (!admits(roles.departmentScope(staff, planId, checkpoint), row.student().department())) {
            throw new NotFoundException();
        }
        return row;
    }

    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId) {
        lookup.checkpoint(planId, checkpointId);
        return queries.row(planId, checkpointId, studentId).orElseThrow(NotFoundException::new);
    }

    public CheckpointRow decide(long planId, String checkpointId, long studentId, Verdict verdict, String remark,
                                StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        if (verdict == null) {
            throw new UserFacingException("checkpoints.error.verdictRequired");
        }
        String cleanRemark = cleanRemark(remark, verdict);
        ClearanceQueries.Target target = queries.targets(planId, checkpoint.id(), List.of(studentId)).get(studentId);
        if (target == null || !admits(roles.departmentScope(staff, planId, checkpoint), target.department())) {
            throw new NotFoundException();
        }
        String refusal = target.refusal();
        if (refusal != null) {
            throw new UserFacingException(refusal, target.fullName(), target.studentNo());
        }
        Map<Long, Refusal> refused = executor.execute(List.of(new PendingDecision(studentId, target.studentNo(),
                target.fullName(), target.taskId(), verdict, cleanRemark)), staff.userId());
        Refusal r = refused.get(studentId);
        if (r != null) {
            throw new UserFacingException(r.messageKey(), target.fullName(), target.studentNo());
        }
        return studentAtCheckpoint(planId, checkpointId, studentId, staff);
    }

    public BatchOutcome passMany(long planId, String checkpointId, Collection<Long> studentIds, String remark,
                                 StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        List<Long> ids = studentIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(studentIds));
        if (ids.isEmpty()) {
            throw new UserFacingException("checkpoints.error.emptySelection");
        }
        if (ids.size() > ClearanceService.MAX_BATCH) {
            throw new UserFacingException("checkpoints.error.tooMany", ClearanceService.MAX_BATCH);
        }
        String cleanRemark = cleanRemark(remark, Verdict.PASS);
        Map<Long, ClearanceQueries.Target> targets = queries.targets(planId, checkpoint.id(), ids);
        Set<String> scope = roles.departmentScope(staff, planId, checkpoint);
        List<Refusal> refused = new ArrayList<>();
        List<PendingDecision> decisions = new ArrayList<>();
        for (Long id : ids) {
            ClearanceQueries.Target target = targets.get(id);
            // Another department's student is refused like an unknown one, as deciding them alone is (404): the
            // operator learns neither the name nor the student number behind an id they never saw.
            if (target == null || !admits(scope, target.department())) {
                refused.add(new Refusal(id, null, null, "checkpoints.error.unknownStudent", List.of(id)));
                continue;
            }
            String refusal = target.refusal();
            if (refusal != null) {
                refused.add(new Refusal(id, target.studentNo(), target.fullName(), refusal,
                        List.of(target.fullName(), target.studentNo())));
            } else {
                decisions.add(new PendingDecision(id, target.studentNo(), target.fullName(), target.taskId(),
                        Verdict.PASS, cleanRemark));
            }
        }
        Map<Long, Refusal> failed = executor.execute(decisions, staff.userId());
        List<Long> done = new ArrayList<>();
        for (PendingDecision d : decisions) {
            Refusal r = failed.get(d.studentId());
            if (r == null) {
                done.add(d.studentId());
            } else {
                refused.add(new Refusal(r.studentId(), r.studentNo(), r.fullName(), r.messageKey(),
                        List.of(d.fullName(), d.studentNo())));
            }
        }
        auditLog.record(staff, "CLEARANCE_BATCH_PASSED", "clearance-plan", planId,
                "checkpoint=%s selected=%d passed=%d refused=%d".formatted(checkpointId, ids.size(), done.size(),
                        refused.size()));
        return new BatchOutcome(done, refused);
    }

    private static String cleanRemark(String remark, Verdict verdict) {
        String clean = remark == null ? null : remark.strip();
        if (clean != null && clean.isEmpty()) {
            clean = null;
        }
        if (verdict == Verdict.FAIL && clean == null) {
            throw new UserFacingException("checkpoints.error.remarkRequired");
        }
        if (clean != null && clean.codePointCount(0, clean.length()) > GraduationClearanceProcess.MAX_REMARK) {
            throw new UserFacingException("checkpoints.error.remarkTooLong", GraduationClearanceProcess.MAX_REMARK);
        }
        return clean;
    }
}
