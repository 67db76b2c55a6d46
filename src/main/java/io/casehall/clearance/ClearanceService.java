package io.casehall.clearance;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graduation clearance (P3), the module's API: plans (create, import students, launch or resume, progress), the
 * checkpoints of a plan as the process model defines them, on-site processing at one checkpoint (search, pass
 * or fail one, pass many, import results), counters and statistics, the back-office grid and its streamed
 * export, the department operator's hand-over, and a student's own progress.
 * <p>
 * Every decision completes the engine's task (so Tasklist and the console always agree); the engine's listeners
 * keep the projection that counters, grid, search and export read, and audit each decision. Refusals are
 * {@link UserFacingException}s with keys of {@code i18n/checkpoints}; acting outside one's role is an
 * {@link AccessDeniedException}; unknown or foreign ids are {@link NotFoundException}s.
 */
@Service
public class ClearanceService {

    /** Most students one batch may pass. */
    public static final int MAX_BATCH = 2000;
    /** Longest plan name. */
    public static final int MAX_PLAN_NAME = 100;

    private final ClearancePlanRepository plans;
    private final ClearanceStudentRepository students;
    private final CheckpointCatalog catalog;
    private final PlanLauncher launcher;
    private final DecisionExecutor executor;
    private final ClearanceQueries queries;
    private final SpreadsheetImports imports;
    private final TaskService taskService;
    private final Masking masking;
    private final AuditLog auditLog;
    private final Messages messages;
    private final Clock clock;

    ClearanceService(ClearancePlanRepository plans, ClearanceStudentRepository students, CheckpointCatalog catalog,
                     PlanLauncher launcher, DecisionExecutor executor, ClearanceQueries queries,
                     SpreadsheetImports imports, TaskService taskService, Masking masking, AuditLog auditLog,
                     Messages messages, Clock clock) {
        this.plans = plans;
        this.students = students;
        this.catalog = catalog;
        this.launcher = launcher;
        this.executor = executor;
        this.queries = queries;
        this.imports = imports;
        this.taskService = taskService;
        this.masking = masking;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    // ================================================================ checkpoints and roles

    /** The checkpoints of the latest deployed model (what the next launched plan will have), in process order. */
    public List<Checkpoint> currentCheckpoints() {
        return catalog.latestDefinitionId().map(catalog::of).orElse(List.of());
    }

    /**
     * The checkpoints of a plan in process order: of the definition it was launched with, or of the latest model
     * while it is a draft.
     */
    public List<Checkpoint> checkpoints(long planId) {
        return definitionOf(planEntity(planId)).map(catalog::of).orElse(List.of());
    }

    /** One checkpoint of a plan; {@link NotFoundException} when the plan's model has no such checkpoint. */
    public Checkpoint checkpoint(long planId, String checkpointId) {
        return checkpoints(planId).stream().filter(c -> c.id().equals(checkpointId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Whether the staff member may decide at the checkpoint: a member of its group, or an administrator. At a
     * department-scoped checkpoint the group is per department ({@code <role><departmentCode>}): a member of any
     * department's group may open it, and sees only their department's students ({@link #departmentScope}).
     */
    public boolean mayAct(StaffPrincipal staff, Checkpoint checkpoint) {
        if (staff == null) {
            return false;
        }
        if (staff.isAdministrator()) {
            return true;
        }
        return checkpoint.departmentScoped() ? !departmentCodes(staff, checkpoint.groupId()).isEmpty()
                : staff.groupIds().contains(checkpoint.groupId());
    }

    /** The department codes of the staff member's groups of a department-scoped role ({@code <role>D1a2b3c4d}). */
    static Set<String> departmentCodes(StaffPrincipal staff, String role) {
        Set<String> codes = new HashSet<>();
        if (staff == null || role == null) {
            return codes;
        }
        for (String group : staff.groupIds()) {
            if (group.startsWith(role) && DEPARTMENT_CODE.matcher(group.substring(role.length())).matches()) {
                codes.add(group.substring(role.length()));
            }
        }
        return codes;
    }

    private static final java.util.regex.Pattern DEPARTMENT_CODE = java.util.regex.Pattern.compile("D[0-9a-f]{8}");

    /**
     * The departments (所在部门, as imported) of the plan whose students the staff member sees at the checkpoint:
     * null for every department (administrators, checkpoints that are not department-scoped), else the plan's
     * departments whose code is in the staff member's groups for the checkpoint's role. From the principal only.
     */
    public Set<String> departmentScope(StaffPrincipal staff, long planId, Checkpoint checkpoint) {
        if (staff != null && staff.isAdministrator() || !checkpoint.departmentScoped()) {
            return null;
        }
        return departmentsOfCodes(planId, departmentCodes(staff, checkpoint.groupId()));
    }

    /** The departments whose students wait for the staff member's hand-over: null for every department. */
    public Set<String> handoverScope(StaffPrincipal staff, long planId) {
        if (staff != null && staff.isAdministrator()) {
            return null;
        }
        if (staff != null && staff.groupIds().contains(GraduationClearanceProcess.GROUP_HANDOVER)
                && !handoverScoped(planId)) {
            return null;
        }
        return departmentsOfCodes(planId, departmentCodes(staff, GraduationClearanceProcess.GROUP_HANDOVER));
    }

    /**
     * The departments the staff member sees on the plan's overview pages (query, statistics): every department
     * when they act at a checkpoint that is not department-scoped (or administer), else the union of their
     * departments.
     */
    public Set<String> departmentScope(StaffPrincipal staff, long planId) {
        if (staff == null) {
            return Set.of();
        }
        if (staff.isAdministrator()) {
            return null;
        }
        Set<String> union = new HashSet<>();
        for (Checkpoint checkpoint : checkpoints(planId)) {
            if (mayAct(staff, checkpoint)) {
                Set<String> scope = departmentScope(staff, planId, checkpoint);
                if (scope == null) {
                    return null;
                }
                union.addAll(scope);
            }
        }
        if (mayHandOver(staff)) {
            Set<String> scope = handoverScope(staff, planId);
            if (scope == null) {
                return null;
            }
            union.addAll(scope);
        }
        return union;
    }

    private Set<String> departmentsOfCodes(long planId, Set<String> codes) {
        Set<String> result = new HashSet<>();
        if (codes.isEmpty()) {
            return result;
        }
        for (String department : departments(planId)) {
            if (codes.contains(GraduationClearanceProcess.departmentCode(department))) {
                result.add(department);
            }
        }
        return result;
    }

    private boolean handoverScoped(long planId) {
        return definitionOf(planEntity(planId)).map(catalog::handoverScoped).orElse(false);
    }

    /** The checkpoints of the plan where the staff member may act. */
    public List<Checkpoint> checkpointsOf(StaffPrincipal staff, long planId) {
        return checkpoints(planId).stream().filter(c -> mayAct(staff, c)).toList();
    }

    /**
     * Department operators (group {@code clearanceHandover}, or its department groups
     * {@code clearanceHandover<departmentCode>}) and administrators hand over certificates.
     */
    public boolean mayHandOver(StaffPrincipal staff) {
        return staff != null && (staff.isAdministrator()
                || staff.groupIds().contains(GraduationClearanceProcess.GROUP_HANDOVER)
                || !departmentCodes(staff, GraduationClearanceProcess.GROUP_HANDOVER).isEmpty());
    }

    /** Administrators manage plans (create, import students, launch). */
    public boolean mayManagePlans(StaffPrincipal staff) {
        return staff != null && staff.isAdministrator();
    }

    /**
     * Who may use the clearance pages at all (back office, statistics): administrators, department operators and
     * members of any checkpoint group of the current model.
     */
    public boolean mayUseClearance(StaffPrincipal staff) {
        if (staff == null) {
            return false;
        }
        if (mayHandOver(staff)) {
            return true;
        }
        return currentCheckpoints().stream().anyMatch(c -> mayAct(staff, c));
    }

    // ================================================================ plans

    @Transactional
    public PlanSummary createPlan(String name, StaffPrincipal staff) {
        requirePlanManager(staff);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("checkpoints.plan.error.nameRequired");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_PLAN_NAME) {
            throw new UserFacingException("checkpoints.plan.error.nameTooLong", MAX_PLAN_NAME);
        }
        if (plans.findByName(trimmed).isPresent()) {
            throw new UserFacingException("checkpoints.plan.error.nameTaken", trimmed);
        }
        ClearancePlan plan;
        try {
            plan = plans.saveAndFlush(new ClearancePlan(trimmed, staff.userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("checkpoints.plan.error.nameTaken", trimmed);
        }
        auditLog.record(staff, "CLEARANCE_PLAN_CREATED", "clearance-plan", plan.getId(), trimmed);
        return summary(plan);
    }

    /** Every plan, newest first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        return plans.findAllByOrderByIdDesc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return summary(planEntity(planId));
    }

    /** Students of a plan (any stage), by student number. */
    public Page<StudentInfo> students(long planId, StudentFilter filter, int page, int size) {
        planEntity(planId);
        return queries.students(planId, null, filter, Math.max(0, page), clampSize(size));
    }

    /** Distinct values of a plan's students for filter drop-downs. */
    public List<String> departments(long planId) {
        return queries.distinct(planId, "department");
    }

    public List<String> categories(long planId) {
        return queries.distinct(planId, "category");
    }

    public List<String> levels(long planId) {
        return queries.distinct(planId, "level");
    }

    /**
     * Imports a plan's students from Excel (template: {@link #studentTemplate()}); refused as a whole once the
     * plan is launched. Administrators only.
     */
    @Transactional
    public ImportResult importStudents(long planId, String fileName, byte[] xlsx, StaffPrincipal staff) {
        requirePlanManager(staff);
        ClearancePlan plan = planEntity(planId);
        if (launcher.effectiveStatus(plan) != PlanStatus.DRAFT) {
            throw new UserFacingException("checkpoints.import.closed", plan.getName());
        }
        ImportResult result = imports.run(StudentImport.definition(), String.valueOf(planId), fileName, xlsx,
                new StudentImport.Sink(planId, students, clock.instant()), staff);
        // Department staff can be put into their department's groups before the launch.
        definitionOf(plan).ifPresent(definition -> catalog.ensureGroups(definition, departments(planId)));
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

    /**
     * The report workbook of a student or result import, for its importer or an administrator (the document
     * store audits the read and refuses anyone else).
     */
    public DocumentContent importReport(long batchId, Actor actor) {
        ImportBatch batch = imports.find(StudentImport.KIND, batchId)
                .or(() -> imports.find(ResultImport.KIND, batchId)).orElseThrow(NotFoundException::new);
        return imports.readReport(batch.getKind(), batchId, actor);
    }

    /**
     * Launches the plan in the background: one process instance per student, with the latest deployed model.
     * Also resumes an interrupted launch (only students without an instance are started). Poll {@link #progress}.
     */
    public LaunchProgress launch(long planId, StaffPrincipal staff) {
        requirePlanManager(staff);
        return launcher.launch(planId, staff);
    }

    /** Launches (or resumes) in the calling thread and returns when done: tests, benchmark, demo data. */
    public LaunchProgress launchAndWait(long planId, StaffPrincipal staff) {
        requirePlanManager(staff);
        return launcher.launchAndWait(planId, staff);
    }

    public LaunchProgress progress(long planId) {
        return launcher.progress(planId);
    }

    // ================================================================ on-site processing

    /**
     * The students the checkpoint applies to (not-applicable ones are left out), with the seed's columns and
     * the state at this checkpoint; filter by the search box, scope (level, category) and state. By student no.
     */
    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size) {
        checkpoint(planId, checkpointId);
        return queries.atCheckpoint(planId, checkpointId, filter, Math.max(0, page), clampSize(size));
    }

    /** The on-site list as the staff member may see it: only their departments' students at a scoped checkpoint. */
    public Page<CheckpointRow> searchAtCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                                  int size, StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return queries.atCheckpoint(planId, checkpointId, f.within(departmentScope(staff, planId, checkpoint)),
                Math.max(0, page), clampSize(size));
    }

    /** One student at the checkpoint, for the staff member: {@link NotFoundException} outside their departments. */
    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId, StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        CheckpointRow row = studentAtCheckpoint(planId, checkpointId, studentId);
        if (!admits(departmentScope(staff, planId, checkpoint), row.student().department())) {
            throw new NotFoundException();
        }
        return row;
    }

    /** One student at the checkpoint; {@link NotFoundException} when not in the plan or not launched. */
    public CheckpointRow studentAtCheckpoint(long planId, String checkpointId, long studentId) {
        checkpoint(planId, checkpointId);
        return queries.row(planId, checkpointId, studentId).orElseThrow(NotFoundException::new);
    }

    /**
     * Passes or fails one student at the checkpoint (completes the engine's task). A failure needs a remark and
     * keeps the student at the checkpoint. Refusals: not reached, not applicable, already passed, handled by a
     * colleague a moment ago, remark missing or too long.
     */
    public CheckpointRow decide(long planId, String checkpointId, long studentId, Verdict verdict, String remark,
                                StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        if (verdict == null) {
            throw new UserFacingException("checkpoints.error.verdictRequired");
        }
        String cleanRemark = cleanRemark(remark, verdict);
        ClearanceQueries.Target target = queries.targets(planId, checkpoint.id(), List.of(studentId)).get(studentId);
        if (target == null || !admits(departmentScope(staff, planId, checkpoint), target.department())) {
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

    /**
     * Passes many students at the checkpoint in one go (the seed's 批量通过). Students that cannot be passed (not
     * reached, not applicable, already passed, handled by a colleague meanwhile, not in the plan) are reported,
     * the others pass.
     */
    public BatchOutcome passMany(long planId, String checkpointId, Collection<Long> studentIds, String remark,
                                 StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        List<Long> ids = studentIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(studentIds));
        if (ids.isEmpty()) {
            throw new UserFacingException("checkpoints.error.emptySelection");
        }
        if (ids.size() > MAX_BATCH) {
            throw new UserFacingException("checkpoints.error.tooMany", MAX_BATCH);
        }
        String cleanRemark = cleanRemark(remark, Verdict.PASS);
        Map<Long, ClearanceQueries.Target> targets = queries.targets(planId, checkpoint.id(), ids);
        Set<String> scope = departmentScope(staff, planId, checkpoint);
        List<Refusal> refused = new ArrayList<>();
        List<PendingDecision> decisions = new ArrayList<>();
        for (Long id : ids) {
            ClearanceQueries.Target target = targets.get(id);
            if (target == null) {
                refused.add(new Refusal(id, null, null, "checkpoints.error.unknownStudent", List.of(id)));
                continue;
            }
            String refusal = admits(scope, target.department()) ? target.refusal()
                    : "checkpoints.error.otherDepartment";
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

    /**
     * Imports results for the checkpoint (columns 学号 or 身份证号, 姓名, 办理结果, 备注); each refused row carries its
     * reason in the report. Runs outside a surrounding transaction: accepted rows are decided in chunks.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportResult importResults(long planId, String checkpointId, MatchBy matchBy, String fileName,
                                      byte[] xlsx, StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        MatchBy match = matchBy == null ? MatchBy.STUDENT_NO : matchBy;
        ImportResult result = imports.run(ResultImport.definition(match), ResultImport.scope(planId, checkpoint.id()),
                fileName, xlsx, new ResultImport.Sink(planId, checkpoint.id(), match, queries, executor,
                        staff.userId(), departmentScope(staff, planId, checkpoint)), staff);
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

    /** One results import of the checkpoint (its result page); {@link NotFoundException} for any other batch. */
    public ImportBatch resultImport(long planId, String checkpointId, long batchId) {
        return imports.find(ResultImport.KIND, batchId)
                .filter(b -> ResultImport.scope(planId, checkpointId).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    /** One student import of the plan (its result page); {@link NotFoundException} for any other batch. */
    public ImportBatch studentImport(long planId, long batchId) {
        return imports.find(StudentImport.KIND, batchId).filter(b -> String.valueOf(planId).equals(b.getScope()))
                .orElseThrow(NotFoundException::new);
    }

    public List<ImportBatch> recentResultImports(long planId, String checkpointId, int limit) {
        return imports.recent(ResultImport.KIND, ResultImport.scope(planId, checkpointId), limit);
    }

    // ================================================================ counters, statistics, grid, export

    /** The seed's counters of one checkpoint (应办理 / 已通过 / 未办理 / 未通过), from the projection. */
    public CheckpointCounters counters(long planId, String checkpointId) {
        Checkpoint checkpoint = checkpoint(planId, checkpointId);
        return counters(checkpoint, queries.counts(planId, StudentFilter.none()).get(checkpointId));
    }

    /** The counters of one checkpoint over the students the staff member may see there. */
    public CheckpointCounters counters(long planId, String checkpointId, StaffPrincipal staff) {
        Checkpoint checkpoint = requireActor(planId, checkpointId, staff);
        Set<String> scope = departmentScope(staff, planId, checkpoint);
        return counters(checkpoint, queries.counts(planId, StudentFilter.none().within(scope)).get(checkpointId));
    }

    /** Statistics over the students the staff member may see ({@link #departmentScope(StaffPrincipal, long)}). */
    public List<CheckpointCounters> statistics(long planId, StudentFilter filter, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return statistics(planId, f.within(departmentScope(staff, planId)));
    }

    /** The grid over the students the staff member may see. */
    public Grid grid(long planId, StudentFilter filter, int page, int size, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return grid(planId, f.within(departmentScope(staff, planId)), page, size);
    }

    /** The export of the students the staff member may see. */
    public void exportGrid(long planId, StudentFilter filter, OutputStream out, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        exportGrid(planId, f.within(departmentScope(staff, planId)), false, out, staff);
    }

    /** The plan's departments the staff member may see (filter drop-downs). */
    public List<String> departments(long planId, StaffPrincipal staff) {
        Set<String> scope = departmentScope(staff, planId);
        return departments(planId).stream().filter(d -> admits(scope, d)).toList();
    }

    /** Counters of every checkpoint of the plan, in process order, for the students matching the filter. */
    public List<CheckpointCounters> statistics(long planId, StudentFilter filter) {
        Map<String, Map<CheckpointState, Long>> counts = queries.counts(planId, filter);
        return checkpoints(planId).stream().map(c -> counters(c, counts.get(c.id()))).toList();
    }

    /** The back-office grid: one row per matching student, one cell per checkpoint of the plan. */
    public Grid grid(long planId, StudentFilter filter, int page, int size) {
        List<Checkpoint> columns = checkpoints(planId);
        Page<StudentInfo> studentsPage = queries.students(planId, null, filter, Math.max(0, page),
                clampSize(size));
        List<GridRow> rows = queries.gridRows(studentsPage.getContent(), columns);
        return new Grid(columns, new org.springframework.data.domain.PageImpl<>(rows, studentsPage.getPageable(),
                studentsPage.getTotalElements()));
    }

    /**
     * Writes the grid of every matching student as .xlsx to {@code out}, streamed (constant memory, any size):
     * the seed's student columns (ID numbers masked unless {@code unmaskedIdNumbers}), then one column per
     * checkpoint with its state, then the stage. Audited.
     */
    public void exportGrid(long planId, StudentFilter filter, boolean unmaskedIdNumbers, OutputStream out,
                           Actor actor) {
        ClearancePlan plan = planEntity(planId);
        List<Checkpoint> columns = checkpoints(planId);
        List<ExportColumn<GridRow>> sheetColumns = new ArrayList<>(List.of(
                ExportColumn.<GridRow>of("学号", 14, r -> r.student().studentNo()),
                ExportColumn.<GridRow>of("姓名", 10, r -> r.student().fullName()),
                ExportColumn.<GridRow>of("性别", 6, r -> r.student().gender()),
                ExportColumn.<GridRow>of("身份证号", 22, r -> unmaskedIdNumbers ? r.student().idNumber()
                        : masking.idNumber(r.student().idNumber())),
                ExportColumn.<GridRow>of("考生号", 16, r -> r.student().candidateNo()),
                ExportColumn.<GridRow>of("院系", 20, r -> r.student().department()),
                ExportColumn.<GridRow>of("专业", 20, r -> r.student().major()),
                ExportColumn.<GridRow>of("班级", 16, r -> r.student().className()),
                ExportColumn.<GridRow>of("学生类别", 12, r -> r.student().category()),
                ExportColumn.<GridRow>of("培养层次", 10, r -> r.student().level()),
                ExportColumn.<GridRow>of("是否户口迁移", 12, r -> r.student().householdMigration() ? "是" : "否"),
                ExportColumn.<GridRow>of("住宿信息", 26, r -> r.student().dormitory())));
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            sheetColumns.add(ExportColumn.of(columns.get(i).name(), 12, r -> stateLabel(r.cells().get(index))));
        }
        sheetColumns.add(ExportColumn.of("离校状态", 12, r -> messages.get(r.student().stage().messageKey())));
        auditLog.record(actor, "CLEARANCE_GRID_EXPORTED", "clearance-plan", planId,
                "filter=" + filter + " unmasked=" + unmaskedIdNumbers);
        try (Stream<GridRow> rows = queries.streamGrid(planId, filter, columns)) {
            SpreadsheetWriter.write(out, plan.getName(), sheetColumns, rows);
        }
    }

    /** File name of the export, e.g. 学生离校信息-2020级研究生6月份.xlsx. */
    public String gridExportFileName(long planId) {
        return messages.get("checkpoints.export.fileName", planEntity(planId).getName());
    }

    private String stateLabel(CheckpointCell cell) {
        if (cell == null || cell.state() == null) {
            return "";
        }
        String label = messages.get(cell.state().messageKey());
        return cell.state() == CheckpointState.FAILED && cell.remark() != null ? label + "：" + cell.remark() : label;
    }

    // ================================================================ hand-over

    /** Students whose every applicable checkpoint passed and who wait for their certificates. */
    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size) {
        planEntity(planId);
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return queries.students(planId, ClearanceStage.READY, f, Math.max(0, page), clampSize(size));
    }

    /** The students waiting for the staff member's hand-over (their departments only). */
    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size,
                                              StaffPrincipal staff) {
        if (!mayHandOver(staff)) {
            throw new AccessDeniedException("not a department operator");
        }
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return awaitingHandover(planId, f.within(handoverScope(staff, planId)), page, size);
    }

    /**
     * The department operator confirms the hand-over: completes the final task, the clearance is finished. A
     * student of another department is {@link NotFoundException}.
     */
    public void handOver(long planId, long studentId, StaffPrincipal staff) {
        if (!mayHandOver(staff)) {
            throw new AccessDeniedException("not a department operator");
        }
        planEntity(planId);
        ClearanceStudent student = students.findById(studentId).filter(s -> s.getPlanId() == planId)
                .orElseThrow(NotFoundException::new);
        if (!admits(handoverScope(staff, planId), student.getDepartment())) {
            throw new NotFoundException();
        }
        String taskId = queries.handoverTaskId(planId, studentId);
        if (taskId == null) {
            throw new UserFacingException("checkpoints.handover.notReady");
        }
        try {
            taskService.complete(taskId, Variables.createVariables()
                    .putValueTyped(GraduationClearanceProcess.VAR_HANDED_OVER, Variables.booleanValue(true, true))
                    .putValueTyped(GraduationClearanceProcess.VAR_OPERATOR,
                            Variables.stringValue(staff.userId(), true)));
        } catch (org.camunda.bpm.engine.OptimisticLockingException
                 | org.camunda.bpm.engine.exception.NullValueException e) {
            throw new UserFacingException("checkpoints.error.alreadyHandled", "", "");
        }
    }

    // ================================================================ the student's own progress

    /**
     * The clearance progress of the person with this ID number in every launched plan, newest first. The portal
     * passes the ID number of the applicant's verified real name, so nobody sees another student's record.
     */
    public List<StudentProgress> progressByIdNumber(String idNumber) {
        List<StudentProgress> result = new ArrayList<>();
        for (ClearanceQueries.OwnRow own : queries.launchedByIdNumber(
                ChineseIdNumber.normalize(idNumber))) {
            Map<String, CheckpointCell> cells = queries.cells(own.student().id());
            List<StudentProgress.Step> steps = new ArrayList<>();
            for (Checkpoint checkpoint : catalog.of(own.processDefinitionId())) {
                CheckpointCell cell = cells.get(checkpoint.id());
                if (cell != null && cell.state().applies()) {
                    steps.add(new StudentProgress.Step(checkpoint.id(), checkpoint.name(), cell.state(), cell.remark(),
                            cell.decidedAt()));
                }
            }
            StudentInfo s = own.student();
            result.add(new StudentProgress(own.planId(), own.planName(), s.studentNo(), s.fullName(), s.department(),
                    s.major(), s.stage(), steps));
        }
        return result;
    }

    // ================================================================ helpers

    private CheckpointCounters counters(Checkpoint checkpoint, Map<CheckpointState, Long> counts) {
        Map<CheckpointState, Long> c = counts == null ? new EnumMap<>(CheckpointState.class) : counts;
        long passed = c.getOrDefault(CheckpointState.PASSED, 0L);
        long failed = c.getOrDefault(CheckpointState.FAILED, 0L);
        long open = c.getOrDefault(CheckpointState.OPEN, 0L);
        long waiting = c.getOrDefault(CheckpointState.WAITING, 0L);
        return new CheckpointCounters(checkpoint, passed + failed + open + waiting, passed, failed, open, waiting);
    }

    private static boolean admits(Set<String> scope, String department) {
        return scope == null || scope.contains(department);
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

    private Checkpoint requireActor(long planId, String checkpointId, StaffPrincipal staff) {
        Checkpoint checkpoint = checkpoint(planId, checkpointId);
        if (!mayAct(staff, checkpoint)) {
            throw new AccessDeniedException("not a member of " + checkpoint.groupId());
        }
        return checkpoint;
    }

    private void requirePlanManager(StaffPrincipal staff) {
        if (!mayManagePlans(staff)) {
            throw new AccessDeniedException("clearance plans are managed by administrators");
        }
    }

    private ClearancePlan planEntity(long planId) {
        return plans.findById(planId).orElseThrow(NotFoundException::new);
    }

    private Optional<String> definitionOf(ClearancePlan plan) {
        return plan.getProcessDefinitionId() != null ? Optional.of(plan.getProcessDefinitionId())
                : catalog.latestDefinitionId();
    }

    private PlanSummary summary(ClearancePlan plan) {
        return new PlanSummary(plan.getId(), plan.getName(), launcher.effectiveStatus(plan),
                students.countByPlanId(plan.getId()), students.countLaunched(plan.getId()),
                plan.getProcessDefinitionId(), plan.getCreatedAt(), plan.getCreatedBy(), plan.getLaunchedAt());
    }

    private static int clampSize(int size) {
        return size <= 0 ? 20 : Math.min(size, 500);
    }

    /** For the demo data and tests: the student's id by student number in a plan. */
    Optional<Long> studentId(long planId, String studentNo) {
        return students.findByPlanIdAndStudentNoIn(planId, List.of(studentNo)).stream().findFirst()
                .map(ClearanceStudent::getId);
    }

    Instant now() {
        return clock.instant();
    }
}
