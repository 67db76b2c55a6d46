package io.casehall.clearance;

import static io.casehall.staff.DepartmentGroups.departmentGroup;
import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.clearance.plan.LaunchHooks;
import io.casehall.clearance.plan.LaunchWatch;
import io.casehall.clearance.plan.PlanLauncher;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The clearance service against the real engine and database (H2, and PostgreSQL in the postgres run): plans,
 * student import, launch, single / batch / imported decisions, counters that agree with the engine, grid and
 * export, the student's progress, hand-over.
 */
class ClearanceServiceTest extends IntegrationTest {

    static final StaffPrincipal LIBRARY = ClearanceFixtures.staff("lib-op", "clearanceLibrary");
    static final StaffPrincipal FINANCE = ClearanceFixtures.staff("fin-op", "clearanceFinance");
    /** 培养单位学工组 of the fixtures' two departments (the role is per department). */
    static final StaffPrincipal AFFAIRS = ClearanceFixtures.staff("aff-op",
            io.casehall.staff.DepartmentGroups.departmentGroup("clearanceDepartmentAffairs", "经济管理学院"),
            io.casehall.staff.DepartmentGroups.departmentGroup("clearanceDepartmentAffairs", "马克思主义学院"));

    @Autowired
    ClearanceService clearance;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void chinese() {
        // Reasons and labels are resolved in the user's language; outside a request that is the holder's locale.
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private long planWith(List<ClearanceFixtures.Student> students) {
        PlanSummary plan = clearance.createPlan("测试方案-" + System.nanoTime(), ADMIN);
        ImportResult result = clearance.importStudents(plan.id(), "students.xlsx",
                ClearanceFixtures.studentsWorkbook(students), ADMIN);
        assertThat(result.report().refused()).isZero();
        return plan.id();
    }

    private long launchedPlanWith(List<ClearanceFixtures.Student> students) {
        long planId = planWith(students);
        LaunchProgress progress = clearance.launchAndWait(planId, ADMIN);
        assertThat(progress.done()).isTrue();
        return planId;
    }

    private long id(long planId, ClearanceFixtures.Student student) {
        return clearance.studentId(planId, student.studentNo()).orElseThrow();
    }

    private List<ClearanceFixtures.Student> masters(int n) {
        return IntStream.range(0, n).mapToObj(i -> ClearanceFixtures.master("学生" + i)).toList();
    }

    @Test
    void theStudentImportRefusesBadRowsWithTheirReasons() {
        PlanSummary plan = clearance.createPlan("导入测试-" + System.nanoTime(), ADMIN);
        ClearanceFixtures.Student good = ClearanceFixtures.master("张思");
        ClearanceFixtures.Student second = ClearanceFixtures.master("李思");
        String id = second.idNumber();
        String broken = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        byte[] file = ClearanceFixtures.studentsWorkbook(List.of(good, good.withName("王思"),
                second.withIdNumber(broken), ClearanceFixtures.master("").withName(null),
                ClearanceFixtures.undergraduate("赵思")));

        ImportResult result = clearance.importStudents(plan.id(), "名单.xlsx", file, ADMIN);

        assertThat(result.report().count(RowOutcome.IMPORTED)).isEqualTo(2);
        assertThat(result.report().refusedRows()).hasSize(3);
        assertThat(result.report().refusedRows().get(0).reasonText()).contains("重复");
        assertThat(result.report().refusedRows().get(1).reasonText()).contains("校验位");
        assertThat(result.report().refusedRows().get(2).reasonText()).contains("姓名");
        assertThat(clearance.plan(plan.id()).students()).isEqualTo(2);

        // Importing again updates nothing that did not change; after the launch the list is closed.
        ImportResult again = clearance.importStudents(plan.id(), "名单.xlsx",
                ClearanceFixtures.studentsWorkbook(List.of(good)), ADMIN);
        assertThat(again.report().count(RowOutcome.UNCHANGED)).isEqualTo(1);
        clearance.launchAndWait(plan.id(), ADMIN);
        assertThatThrownBy(() -> clearance.importStudents(plan.id(), "名单.xlsx",
                ClearanceFixtures.studentsWorkbook(List.of(good)), ADMIN))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("checkpoints.import.closed");
    }

    @Test
    void launchingStartsOneInstancePerStudentAndTheCountersAgreeWithTheEngine() {
        List<ClearanceFixtures.Student> students = new ArrayList<>(masters(5));
        students.add(ClearanceFixtures.undergraduate("钱思"));
        long planId = launchedPlanWith(students);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKeyLike(planId + ":%").count()).isEqualTo(6);
        assertThat(clearance.plan(planId).status()).isEqualTo(PlanStatus.LAUNCHED);
        CheckpointCounters library = clearance.counters(planId, TASK_LIBRARY);
        assertThat(library.should()).isEqualTo(6);
        assertThat(library.open()).isEqualTo(6);
        CheckpointCounters supervisor = clearance.counters(planId, TASK_SUPERVISOR);
        assertThat(supervisor.should()).isEqualTo(5);
        CheckpointCounters affairs = clearance.counters(planId, TASK_DEPARTMENT_AFFAIRS);
        assertThat(affairs.waiting()).isEqualTo(6);
        // 未办理 counts only students whose task is open here; the ones not there yet are 未到达 (issue 10, 12)
        assertThat(affairs.notHandled()).isZero();

        clearance.decide(planId, TASK_LIBRARY, id(planId, students.get(0)), Verdict.PASS, null, LIBRARY);
        clearance.decide(planId, TASK_LIBRARY, id(planId, students.get(1)), Verdict.FAIL, "书未还", LIBRARY);
        // Tasklist: a staff member completes a task with the form's variables.
        Task viaTasklist = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(planId,
                students.get(2).studentNo())).taskDefinitionKey(TASK_LIBRARY).singleResult();
        taskService.complete(viaTasklist.getId(), Map.of(VAR_RESULT, RESULT_PASSED));

        library = clearance.counters(planId, TASK_LIBRARY);
        assertThat(library).extracting(CheckpointCounters::should, CheckpointCounters::passed,
                CheckpointCounters::failed, CheckpointCounters::open).containsExactly(6L, 2L, 1L, 3L);
        assertCountersAgreeWithTheEngine(planId);
    }

    private void assertCountersAgreeWithTheEngine(long planId) {
        for (CheckpointCounters counters : clearance.statistics(planId, StudentFilter.none())) {
            long engineOpen = taskService.createTaskQuery().processDefinitionKey(KEY)
                    .processInstanceBusinessKeyLike(planId + ":%")
                    .taskDefinitionKey(counters.checkpoint().id()).count();
            assertThat(counters.open() + counters.failed()).as(counters.checkpoint().id()).isEqualTo(engineOpen);
        }
    }

    @Test
    void aFailedStudentStaysAtTheCheckpointWithTheRemarkUntilPassed() {
        ClearanceFixtures.Student student = ClearanceFixtures.undergraduate("孙思");
        long planId = launchedPlanWith(List.of(student));
        long studentId = id(planId, student);

        assertThatThrownBy(() -> clearance.decide(planId, TASK_FINANCE, studentId, Verdict.FAIL, " ", FINANCE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("remarkRequired");
        CheckpointRow failed = clearance.decide(planId, TASK_FINANCE, studentId, Verdict.FAIL, "欠住宿费 800 元", FINANCE);
        assertThat(failed.state()).isEqualTo(CheckpointState.FAILED);
        assertThat(failed.remark()).isEqualTo("欠住宿费 800 元");
        assertThat(failed.decidedBy()).isEqualTo("fin-op");
        assertThat(clearance.progressByIdNumber(student.idNumber()).get(0).steps())
                .anyMatch(step -> step.checkpointId().equals(TASK_FINANCE) && step.state() == CheckpointState.FAILED
                        && "欠住宿费 800 元".equals(step.remark()));

        CheckpointRow passed = clearance.decide(planId, TASK_FINANCE, studentId, Verdict.PASS, null, FINANCE);
        assertThat(passed.state()).isEqualTo(CheckpointState.PASSED);
        assertThatThrownBy(() -> clearance.decide(planId, TASK_FINANCE, studentId, Verdict.PASS, null, FINANCE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("alreadyPassed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CLEARANCE_CHECKPOINT_DECIDED'"
                + " AND object_id = ?", Long.class, String.valueOf(studentId))).isEqualTo(2);
    }

    @Test
    void onlyTheCheckpointsGroupMayActAndOrderIsKept() {
        ClearanceFixtures.Student student = ClearanceFixtures.undergraduate("周思");
        long planId = launchedPlanWith(List.of(student));
        long studentId = id(planId, student);

        assertThatThrownBy(() -> clearance.decide(planId, TASK_LIBRARY, studentId, Verdict.PASS, null, FINANCE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearance.decide(planId, TASK_DEPARTMENT_AFFAIRS, studentId, Verdict.PASS, null, AFFAIRS))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("notReached");
        assertThatThrownBy(() -> clearance.decide(planId, TASK_SUPERVISOR, studentId, Verdict.PASS, null, ADMIN))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("notApplicable");

        clearance.decide(planId, TASK_LIBRARY, studentId, Verdict.PASS, null, LIBRARY);
        clearance.decide(planId, TASK_FINANCE, studentId, Verdict.PASS, null, FINANCE);
        clearance.decide(planId, TASK_HOSPITAL, studentId, Verdict.PASS, null, ADMIN);
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, studentId).state())
                .isEqualTo(CheckpointState.OPEN);
        clearance.decide(planId, TASK_DEPARTMENT_AFFAIRS, studentId, Verdict.PASS, null, AFFAIRS);
        clearance.decide(planId, TASK_DEPARTMENT_SECRETARY, studentId, Verdict.PASS, null, ADMIN);

        assertThat(clearance.awaitingHandover(planId, StudentFilter.none(), 0, 20).getContent())
                .extracting(StudentInfo::studentNo).containsExactly(student.studentNo());
        assertThatThrownBy(() -> clearance.handOver(planId, studentId, LIBRARY)).isInstanceOf(AccessDeniedException.class);
        // 院系操作员 of another department: not found; of the student's own: hands over
        assertThatThrownBy(() -> clearance.handOver(planId, studentId,
                ClearanceFixtures.staff("dept-other", departmentGroup(GROUP_HANDOVER, "马克思主义学院"))))
                .isInstanceOf(io.casehall.shared.web.NotFoundException.class);
        clearance.handOver(planId, studentId, ClearanceFixtures.staff("dept-op",
                departmentGroup(GROUP_HANDOVER, "经济管理学院")));

        assertThat(clearance.progressByIdNumber(student.idNumber()).get(0).stage()).isEqualTo(ClearanceStage.COMPLETED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                businessKey(planId, student.studentNo())).count()).isZero();
    }

    @Test
    void aBatchFinishesTheOthersWhenAColleagueJustCompletedOneStudent() {
        List<ClearanceFixtures.Student> students = masters(6);
        long planId = launchedPlanWith(students);
        List<Long> ids = students.stream().map(s -> id(planId, s)).toList();
        // A colleague passes the first student in Tasklist a moment before the batch.
        Task colleagues = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(planId,
                students.get(0).studentNo())).taskDefinitionKey(TASK_LIBRARY).singleResult();
        taskService.complete(colleagues.getId(), Map.of(VAR_RESULT, RESULT_PASSED));

        BatchOutcome outcome = clearance.passMany(planId, TASK_LIBRARY, ids, null, LIBRARY);

        assertThat(outcome.done()).containsExactlyInAnyOrderElementsOf(ids.subList(1, 6));
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.studentId()).isEqualTo(ids.get(0));
            assertThat(r.messageKey()).isEqualTo("checkpoints.error.alreadyPassed");
        });
        assertThat(clearance.counters(planId, TASK_LIBRARY).passed()).isEqualTo(6);
        assertCountersAgreeWithTheEngine(planId);
    }

    @Test
    void resultsImportDecidesTheGoodRowsRefusesTheOthersAndAReimportChangesNothing() throws Exception {
        List<ClearanceFixtures.Student> students = new ArrayList<>(masters(4));
        ClearanceFixtures.Student undergraduate = ClearanceFixtures.undergraduate("吴思");
        students.add(undergraduate);
        long planId = launchedPlanWith(students);
        byte[] file = ClearanceFixtures.resultsWorkbook("学号", List.of(
                new String[] {students.get(0).studentNo(), "学生0", "通过", null},
                new String[] {students.get(1).studentNo(), "学生1", "未通过", "实验器材未归还"},
                new String[] {students.get(0).studentNo(), "学生0", "通过", null},
                new String[] {"C99999999999", "无此人", "通过", null},
                new String[] {students.get(2).studentNo(), "别人", "通过", null},
                new String[] {undergraduate.studentNo(), "吴思", "通过", null},
                new String[] {students.get(3).studentNo(), "学生3", "未通过", null}));

        ImportResult result = clearance.importResults(planId, TASK_LABORATORY, MatchBy.STUDENT_NO, "实验室.xlsx",
                file, ClearanceFixtures.staff("lab-op", "clearanceLaboratory"));

        assertThat(result.report().count(RowOutcome.IMPORTED)).isEqualTo(2);
        List<String> reasons = result.report().refusedRows().stream().map(r -> r.reasonText()).toList();
        assertThat(reasons).hasSize(5);
        assertThat(reasons.get(0)).contains("重复");
        assertThat(reasons.get(1)).contains("C99999999999");
        assertThat(reasons.get(2)).contains("姓名");
        assertThat(reasons.get(3)).contains("无需办理");
        assertThat(reasons.get(4)).contains("备注");
        CheckpointCounters lab = clearance.counters(planId, TASK_LABORATORY);
        assertThat(lab.passed()).isEqualTo(1);
        assertThat(lab.failed()).isEqualTo(1);

        ImportResult again = clearance.importResults(planId, TASK_LABORATORY, MatchBy.STUDENT_NO, "实验室.xlsx",
                file, ClearanceFixtures.staff("lab-op", "clearanceLaboratory"));
        assertThat(again.report().count(RowOutcome.UNCHANGED)).isEqualTo(2);
        // 无变化 says why (issue 10, 12)
        assertThat(again.report().rows()).filteredOn(r -> r.outcome() == RowOutcome.UNCHANGED)
                .allSatisfy(r -> assertThat(r.reasonText()).startsWith("无变化："))
                .anySatisfy(r -> assertThat(r.reasonText()).contains("已通过，无需重复办理"));
        assertThat(again.report().count(RowOutcome.IMPORTED)).isZero();
        assertThat(clearance.counters(planId, TASK_LABORATORY)).isEqualTo(lab);

        // Matched by ID number; a checkpoint not reached yet is refused per row.
        byte[] byId = ClearanceFixtures.resultsWorkbook("身份证号", List.<String[]>of(
                new String[] {students.get(2).idNumber(), "学生2", "通过", null}));
        ImportResult affairs = clearance.importResults(planId, TASK_DEPARTMENT_AFFAIRS, MatchBy.ID_NUMBER, "学工.xlsx",
                byId, AFFAIRS);
        assertThat(affairs.report().refusedRows()).singleElement()
                .satisfies(r -> assertThat(r.reasonText()).contains("尚未到达"));
        assertCountersAgreeWithTheEngine(planId);
    }

    @Test
    void aDateInATextColumnIsRefusedNotStoredAsTextAndAnUnchangedRowSaysWhy() {
        ClearanceFixtures.Student good = ClearanceFixtures.master("文本");
        ClearanceFixtures.Student dated = ClearanceFixtures.master("日期");
        PlanSummary plan = clearance.createPlan("日期列-" + System.nanoTime(), ADMIN);
        List<Object[]> rows = new ArrayList<>();
        rows.add(ClearanceFixtures.STUDENT_HEADERS);
        rows.add(new Object[] {good.studentNo(), good.fullName(), null, good.idNumber(), good.department(), good.major(),
                good.className(), good.category(), good.level(), "否", good.dormitory(), null});
        Object[] withDate = {dated.studentNo(), dated.fullName(), null, dated.idNumber(), dated.department(),
                dated.major(), good.className(), dated.category(), dated.level(), "否", null, null};
        byte[] file = ClearanceFixtures.workbookWithDate(rows, withDate, 10, java.time.LocalDate.of(2026, 3, 6));
        ImportResult result = clearance.importStudents(plan.id(), "s.xlsx", file, ADMIN);
        assertThat(result.report().count(RowOutcome.IMPORTED)).isEqualTo(1);
        assertThat(result.report().refusedRows()).singleElement()
                .satisfies(r -> assertThat(r.reasonText()).contains("住宿信息", "日期", "2026-03-06"));

        ImportResult again = clearance.importStudents(plan.id(), "s.xlsx",
                ClearanceFixtures.studentsWorkbook(List.of(good)), ADMIN);
        assertThat(again.report().rows()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RowOutcome.UNCHANGED);
            assertThat(r.reasonText()).contains("无变化", good.studentNo());
        });
    }

    @Test
    void anInterruptedLaunchResumesWithoutDuplicateInstances() {
        List<ClearanceFixtures.Student> students = masters(7);
        long planId = planWith(students);
        long poisoned = id(planId, students.get(5));
        PlanLauncher launcher = launcherForTest();
        LaunchHooks.beforeStart(launcher, studentId -> {
            if (studentId == poisoned) {
                throw new IllegalStateException("node crashed");
            }
        });
        try {
            LaunchProgress interrupted = clearance.launchAndWait(planId, ADMIN);
            assertThat(interrupted.status()).isEqualTo(PlanStatus.INTERRUPTED);
            assertThat(interrupted.launched()).isLessThan(7);
        } finally {
            LaunchHooks.beforeStart(launcher, null);
        }
        long before = instances(planId);
        assertThat(before).isEqualTo(clearance.progress(planId).launched());

        LaunchProgress resumed = clearance.launch(planId, ADMIN);
        awaitLaunch(planId);

        assertThat(resumed.total()).isEqualTo(7);
        assertThat(clearance.progress(planId).status()).isEqualTo(PlanStatus.LAUNCHED);
        assertThat(instances(planId)).isEqualTo(7);
        for (ClearanceFixtures.Student s : students) {
            assertThat(runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey(planId, s.studentNo())).count()).isEqualTo(1);
        }
        assertThat(clearance.counters(planId, TASK_LIBRARY).should()).isEqualTo(7);
        assertThatThrownBy(() -> clearance.launch(planId, ADMIN)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("alreadyLaunched");
    }

    @Test
    void aLaunchWhoseNodeDiedIsResumedByTheWatchOfAnotherNodeAndALiveOneIsLeftAlone() {
        List<ClearanceFixtures.Student> students = masters(3);
        long abandoned = planWith(students);
        long alive = planWith(masters(2));
        // as a node that died (or is still working) leaves them: LAUNCHING, the heartbeat an hour old (or fresh)
        jdbc.update("UPDATE clearance_plan SET status = 'LAUNCHING', launch_heartbeat_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clearance.now().minus(java.time.Duration.ofHours(1))), abandoned);
        jdbc.update("UPDATE clearance_plan SET status = 'LAUNCHING', launch_heartbeat_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clearance.now()), alive);
        try {
            LaunchHooks.watchOnce(launchWatch);
            awaitLaunch(abandoned);

            assertThat(clearance.progress(abandoned).status()).isEqualTo(PlanStatus.LAUNCHED);
            assertThat(instances(abandoned)).isEqualTo(3);
            assertThat(clearance.progress(alive).status()).isEqualTo(PlanStatus.LAUNCHING);
            assertThat(clearance.progress(alive).launched()).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = 'system'"
                    + " AND action = 'CLEARANCE_PLAN_LAUNCH_RESUMED' AND object_id = ?", Long.class,
                    String.valueOf(abandoned))).isEqualTo(1);
        } finally {
            jdbc.update("UPDATE clearance_plan SET status = 'DRAFT', launch_heartbeat_at = NULL WHERE id = ?", alive);
        }
    }

    @Autowired
    PlanLauncher launcher;

    @Autowired
    LaunchWatch launchWatch;

    private PlanLauncher launcherForTest() {
        return launcher;
    }

    private void awaitLaunch(long planId) {
        for (int i = 0; i < 200 && clearance.progress(planId).running(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long instances(long planId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(planId + ":%").count();
    }

    @Test
    void theGridShowsEveryCheckpointPerStudentAndExportsIt() throws Exception {
        List<ClearanceFixtures.Student> students = masters(3);
        long planId = launchedPlanWith(students);
        clearance.decide(planId, TASK_LIBRARY, id(planId, students.get(1)), Verdict.FAIL, "罚款未缴", LIBRARY);

        Grid grid = clearance.grid(planId, StudentFilter.query(students.get(1).studentNo()), 0, 20);
        assertThat(grid.columns()).extracting(Checkpoint::id).contains(TASK_LIBRARY, TASK_DEPARTMENT_SECRETARY);
        GridRow row = grid.rows().getContent().get(0);
        int library = grid.columns().stream().map(Checkpoint::id).toList().indexOf(TASK_LIBRARY);
        assertThat(row.cells().get(library).state()).isEqualTo(CheckpointState.FAILED);
        assertThat(row.cells().get(library).remark()).isEqualTo("罚款未缴");
        int migration = grid.columns().stream().map(Checkpoint::id).toList().indexOf(TASK_HOUSEHOLD_MIGRATION);
        assertThat(row.cells().get(migration).state()).isEqualTo(CheckpointState.NOT_APPLICABLE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clearance.exportGrid(planId, StudentFilter.none(), false, out, ADMIN);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            DataFormatter formatter = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(formatter.formatCellValue(cell)));
            assertThat(header).contains("学号", "图书馆", "培养单位秘书审核", "离校状态");
            int libraryColumn = header.indexOf("图书馆");
            List<String> libraryCells = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                libraryCells.add(formatter.formatCellValue(sheet.getRow(r).getCell(libraryColumn)));
            }
            assertThat(libraryCells).contains("未通过：罚款未缴", "未办理");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(header.indexOf("身份证号")))).contains("*");
        }
    }
}
