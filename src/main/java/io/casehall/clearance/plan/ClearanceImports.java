package io.casehall.clearance.plan;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearancePlan;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.clearance.MatchBy;
import io.casehall.clearance.PlanStatus;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.checkpoint.DecisionExecutor;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Excel imports of clearance: a plan's students and a checkpoint's results, their templates and reports. */
@Component
public class ClearanceImports {

    private final ClearanceStudentRepository students;
    private final CheckpointCatalog catalog;
    private final PlanLookup lookup;
    private final ClearanceRoles roles;
    private final PlanLauncher launcher;
    private final DecisionExecutor executor;
    private final ClearanceQueries queries;
    private final SpreadsheetImports imports;
    private final AuditLog auditLog;
    private final Clock clock;

    ClearanceImports(ClearanceStudentRepository students, CheckpointCatalog catalog, PlanLookup lookup,
                     ClearanceRoles roles, PlanLauncher launcher, DecisionExecutor executor, ClearanceQueries queries,
                     SpreadsheetImports imports, AuditLog auditLog, Clock clock) {
        this.students = students;
        this.catalog = catalog;
        this.lookup = lookup;
        this.roles = roles;
        this.launcher = launcher;
        this.executor = executor;
        this.queries = queries;
        this.imports = imports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ImportResult importStudents(long planId, String fileName, byte[] xlsx, StaffPrincipal staff) {
        roles.requirePlanManager(staff);
        ClearancePlan plan = lookup.planEntity(planId);
        if (launcher.effectiveStatus(plan) != PlanStatus.DRAFT) {
            throw new UserFacingException("checkpoints.import.closed", plan.getName());
        }
        ImportResult result = imports.run(StudentImport.definition(), String.valueOf(planId), fileName, xlsx,
                new StudentImport.Sink(planId, students, clock.instant()), staff);
        // Department staff can be put into their department's groups before the launch.
        lookup.definitionOf(plan).ifPresent(definition -> catalog.ensureGroups(definition,
                queries.distinct(planId, "department")));
        auditLog.record(staff, "CLEARANCE_STUDENTS_IMPORTED", "clearance-plan", planId,
                "batch=%d file=%s total=%d imported=%d updated=%d refused=%d".formatted(result.batch().getId(),
                        result.batch().getFileName(), result.report().totalRows(),
                        result.report().count(RowOutcome.IMPORTED), result.report().count(RowOutcome.UPDATED),
                        result.report().refused()));
        return result;
    }

    public byte[] studentTemplate() {
        return imports.template(StudentImport.definition());
    }

    public String studentTemplateFileName() {
        return imports.templateFileName(StudentImport.definition());
    }

    public List<ImportBatch> recentStudentImports(long planId, int limit) {
        return imports.recent(StudentImport.KIND, String.valueOf(planId), limit);
    }

    public DocumentContent importReport(long batchId, Actor actor) {
        ImportBatch batch = imports.find(StudentImport.KIND, batchId)
                .or(() -> imports.find(ResultImport.KIND, batchId)).orElseThrow(NotFoundException::new);
        return imports.readReport(batch.getKind(), batchId, actor);
    }

    public ImportResult importResults(long planId, String checkpointId, MatchBy matchBy, String fileName, byte[] xlsx,
                                      StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        MatchBy match = matchBy == null ? MatchBy.STUDENT_NO : matchBy;
        ImportResult result = imports.run(ResultImport.definition(match), ResultImport.scope(planId, checkpoint.id()),
                fileName, xlsx, new ResultImport.Sink(planId, checkpoint.id(), match, queries, executor,
                        staff.userId(), roles.departmentScope(staff, planId, checkpoint)), staff);
        auditLog.record(staff, "CLEARANCE_RESULTS_IMPORTED", "clearance-plan", planId,
                "checkpoint=%s batch=%d file=%s total=%d done=%d unchanged=%d refused=%d".formatted(checkpointId,
                        result.batch().getId(), result.batch().getFileName(), result.report().totalRows(),
                        result.report().count(RowOutcome.IMPORTED) + result.report().count(RowOutcome.UPDATED),
                        result.report().count(RowOutcome.UNCHANGED), result.report().refused()));
        return result;
    }

    public byte[] resultTemplate(MatchBy matchBy) {
        return imports.template(ResultImport.definition(matchBy == null ? MatchBy.STUDENT_NO : matchBy));
    }

    public String resultTemplateFileName(MatchBy matchBy) {
        return imports.templateFileName(ResultImport.definition(matchBy == null ? MatchBy.STUDENT_NO : matchBy));
    }

    public ImportBatch resultImport(long planId, String checkpointId, long batchId) {
        return imports.find(ResultImport.KIND, batchId)
                .filter(b -> ResultImport.scope(planId, checkpointId).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    public ImportBatch studentImport(long planId, long batchId) {
        return imports.find(StudentImport.KIND, batchId).filter(b -> String.valueOf(planId).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    public List<ImportBatch> recentResultImports(long planId, String checkpointId, int limit) {
        return imports.recent(ResultImport.KIND, ResultImport.scope(planId, checkpointId), limit);
    }
}
