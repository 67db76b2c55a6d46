package io.casehall.clearance;

import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.checkpoint.Handovers;
import io.casehall.clearance.checkpoint.OnSiteDecisions;
import io.casehall.clearance.plan.ClearanceImports;
import io.casehall.clearance.plan.PlanLookup;
import io.casehall.clearance.plan.PlanManagement;
import io.casehall.clearance.report.ClearanceReports;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graduation clearance (P3), the module's API, a facade over {@link PlanManagement}, {@link ClearanceImports},
 * {@link OnSiteDecisions}, {@link ClearanceReports} and {@link Handovers}. Who may do what is
 * {@link ClearanceRoles}' (the module's pages ask it directly); the operations here check it themselves. Refusals are
 * {@link UserFacingException}s with keys of {@code i18n/checkpoints}; acting outside one's role is an
 * {@link AccessDeniedException}; unknown or foreign ids are {@link NotFoundException}s.
 */
@Service
public class ClearanceService {

    /** Most students one batch may pass. */
    public static final int MAX_BATCH = 2000;
    /** Longest plan name. */
    public static final int MAX_PLAN_NAME = 100;

    private final PlanLookup lookup;
    private final PlanManagement management;
    private final ClearanceImports imports;
    private final OnSiteDecisions onSite;
    private final ClearanceReports reports;
    private final Handovers handovers;

    ClearanceService(PlanLookup lookup, PlanManagement management, ClearanceImports imports,
                     OnSiteDecisions onSite, ClearanceReports reports, Handovers handovers) {
        this.lookup = lookup;
        this.management = management;
        this.imports = imports;
        this.onSite = onSite;
        this.reports = reports;
        this.handovers = handovers;
    }

    /** The checkpoints of the latest deployed model (what the next launched plan will have), in process order. */
    public List<Checkpoint> currentCheckpoints() {
        return lookup.currentCheckpoints();
    }

    public List<Checkpoint> checkpoints(long planId) {
        return lookup.checkpoints(planId);
    }

    /** One checkpoint of a plan; {@link NotFoundException} when the plan's model has no such checkpoint. */
    public Checkpoint checkpoint(long planId, String checkpointId) {
        return lookup.checkpoint(planId, checkpointId);
    }

    @Transactional
    public PlanSummary createPlan(String name, StaffPrincipal staff) {
        return management.createPlan(name, staff);
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        return management.plans();
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return management.plan(planId);
    }

    public Page<StudentInfo> students(long planId, StudentFilter filter, int page, int size) {
        return management.students(planId, filter, page, size);
    }

    public List<String> departments(long planId) {
        return management.departments(planId);
    }

    public List<String> categories(long planId) {
        return management.categories(planId);
    }

    public List<String> levels(long planId) {
        return management.levels(planId);
    }

    /** Imports a plan's students from Excel; refused as a whole once the plan is launched. Administrators only. */
    @Transactional
    public ImportResult importStudents(long planId, String fileName, byte[] xlsx, StaffPrincipal staff) {
        return imports.importStudents(planId, fileName, xlsx, staff);
    }

    public byte[] studentTemplate() {
        return imports.studentTemplate();
    }

    public String studentTemplateFileName() {
        return imports.studentTemplateFileName();
    }

    public List<ImportBatch> recentStudentImports(long planId, int limit) {
        return imports.recentStudentImports(planId, limit);
    }

    public DocumentContent importReport(long batchId, Actor actor) {
        return imports.importReport(batchId, actor);
    }

    /** Launches (or resumes) the plan in the background with the latest deployed model. Poll {@link #progress}. */
    public LaunchProgress launch(long planId, StaffPrincipal staff) {
        return management.launch(planId, staff);
    }

    public LaunchProgress launchAndWait(long planId, StaffPrincipal staff) {
        return management.launchAndWait(planId, staff);
    }

    public LaunchProgress progress(long planId) {
        return management.progress(planId);
    }

    /** The students the checkpoint applies to, with their state there; filtered, by student number. */
    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size) {
        return onSite.searchAtCheckpoint(planId, checkpointId, filter, page, size);
    }

    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size, StaffPrincipal staff) {
        return onSite.searchAtCheckpoint(planId, checkpointId, filter, page, size, staff);
    }

    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId, StaffPrincipal staff) {
        return onSite.studentAtCheckpoint(planId, checkpointId, studentId, staff);
    }

    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId) {
        return onSite.studentAtCheckpoint(planId, checkpointId, studentId);
    }

    /** Passes or fails one student at the checkpoint (completes the engine's task); a failure needs a remark. */
    public CheckpointRow decide(long planId, String checkpointId, long studentId, Verdict verdict, String remark,
                                StaffPrincipal staff) {
        return onSite.decide(planId, checkpointId, studentId, verdict, remark, staff);
    }

    /** Passes many students at the checkpoint in one go (批量通过); those that cannot pass are reported. */
    public BatchOutcome passMany(long planId, String checkpointId, Collection<Long> studentIds, String remark,
                                 StaffPrincipal staff) {
        return onSite.passMany(planId, checkpointId, studentIds, remark, staff);
    }

    /** Imports results for the checkpoint; runs outside a surrounding transaction (rows decided in chunks). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportResult importResults(long planId, String checkpointId, MatchBy matchBy, String fileName,
                                      byte[] xlsx, StaffPrincipal staff) {
        return imports.importResults(planId, checkpointId, matchBy, fileName, xlsx, staff);
    }

    public byte[] resultTemplate(MatchBy matchBy) {
        return imports.resultTemplate(matchBy);
    }

    public String resultTemplateFileName(MatchBy matchBy) {
        return imports.resultTemplateFileName(matchBy);
    }

    public ImportBatch resultImport(long planId, String checkpointId, long batchId) {
        return imports.resultImport(planId, checkpointId, batchId);
    }

    public ImportBatch studentImport(long planId, long batchId) {
        return imports.studentImport(planId, batchId);
    }

    public List<ImportBatch> recentResultImports(long planId, String checkpointId, int limit) {
        return imports.recentResultImports(planId, checkpointId, limit);
    }

    public CheckpointCounters counters(long planId, String checkpointId) {
        return reports.counters(planId, checkpointId);
    }

    public CheckpointCounters counters(long planId, String checkpointId, StaffPrincipal staff) {
        return reports.counters(planId, checkpointId, staff);
    }

    public List<CheckpointCounters> statistics(long planId, StudentFilter filter, StaffPrincipal staff) {
        return reports.statistics(planId, filter, staff);
    }

    public Grid grid(long planId, StudentFilter filter, int page, int size, StaffPrincipal staff) {
        return reports.grid(planId, filter, page, size, staff);
    }

    public void exportGrid(long planId, StudentFilter filter, OutputStream out, StaffPrincipal staff) {
        reports.exportGrid(planId, filter, out, staff);
    }

    public List<String> departments(long planId, StaffPrincipal staff) {
        return reports.departments(planId, staff);
    }

    public List<CheckpointCounters> statistics(long planId, StudentFilter filter) {
        return reports.statistics(planId, filter);
    }

    /** The back-office grid: one row per matching student, one cell per checkpoint of the plan. */
    public Grid grid(long planId, StudentFilter filter, int page, int size) {
        return reports.grid(planId, filter, page, size);
    }

    /** Writes the grid of every matching student as .xlsx to {@code out}, streamed (ID numbers masked). Audited. */
    public void exportGrid(long planId, StudentFilter filter, boolean unmaskedIdNumbers, OutputStream out,
                           Actor actor) {
        reports.exportGrid(planId, filter, unmaskedIdNumbers, out, actor);
    }

    public String gridExportFileName(long planId) {
        return reports.gridExportFileName(planId);
    }

    /** Students whose every applicable checkpoint passed and who wait for their certificates. */
    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size) {
        return handovers.awaitingHandover(planId, filter, page, size);
    }

    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size,
                                              StaffPrincipal staff) {
        return handovers.awaitingHandover(planId, filter, page, size, staff);
    }

    /** The department operator confirms the hand-over: completes the final task, the clearance is finished. */
    public void handOver(long planId, long studentId, StaffPrincipal staff) {
        handovers.handOver(planId, studentId, staff);
    }

    /** The clearance progress of the person with this ID number in every launched plan, newest first. */
    public List<StudentProgress> progressByIdNumber(String idNumber) {
        return reports.progressByIdNumber(idNumber);
    }

    /** For the demo data and tests: the student's id by student number in a plan. */
    Optional<Long> studentId(long planId, String studentNo) {
        return management.studentId(planId, studentNo);
    }

    Instant now() {
        return management.now();
    }
}
