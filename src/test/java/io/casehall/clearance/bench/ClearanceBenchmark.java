package io.casehall.clearance.bench;

import static io.casehall.bench.Benchmarks.check;
import static io.casehall.bench.Benchmarks.percentile;
import static io.casehall.bench.Benchmarks.seconds;
import static io.casehall.clearance.GraduationClearanceProcess.*;

import io.casehall.bench.BenchmarkDatabase;
import io.casehall.bench.BenchmarkTable;
import io.casehall.bench.Benchmarks;
import io.casehall.clearance.BatchOutcome;
import io.casehall.clearance.CheckpointCounters;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.LaunchProgress;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.clearance.Verdict;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.staff.StaffPrincipal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Graduation clearance at a season's scale, on H2 (file) or on an embedded PostgreSQL:
 * <ol>
 *   <li>launch a plan of 10,000 students × 10 checkpoints (target ≤ 60 s);</li>
 *   <li>a checkpoint's Tasklist queue through the REST API with 100,000 open tasks, authorization on (p95 ≤ 100 ms);</li>
 *   <li>console search by student number (p95 ≤ 50 ms);</li>
 *   <li>one operator passing 1,000 selected students in one batch (≤ 5 s);</li>
 *   <li>importing a 10,000-row result file (≤ 30 s);</li>
 *   <li>the same launch done the naive way (one {@code startProcessInstanceByKey} per student, each in its own
 *       transaction, default engine settings: full history), on a fresh database, and the ratio.</li>
 * </ol>
 * Prints a table and appends it to {@code docs/benchmarks.md}. Run:
 * {@code mvn -Pbenchmark verify -Dbenchmark.db=h2} (or {@code postgres}); {@code -Dbenchmark.students=N} for a
 * smaller run.
 */
public final class ClearanceBenchmark {

    private static final StaffPrincipal ADMIN = ClearanceFixtures.ADMIN;
    private static final String BENCH_USER = "benchlibrary";
    private static final String BENCH_PASSWORD = "Bench2026!";

    private final BenchmarkDatabase database;
    private final int students;
    private final BenchmarkTable table = new BenchmarkTable();

    private ClearanceBenchmark(BenchmarkDatabase database, int students) {
        this.database = database;
        this.students = students;
    }

    public static void main(String[] args) throws Exception {
        int students = Integer.getInteger("benchmark.students", 10_000);
        Benchmarks.useChineseLocale();
        try (BenchmarkDatabase database = BenchmarkDatabase.fromSystemProperty("casehall-bench-")) {
            new ClearanceBenchmark(database, students).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        List<ClearanceFixtures.Student> roster = roster(students, 0);
        byte[] rosterFile = ClearanceFixtures.studentsWorkbook(roster);

        try (ConfigurableApplicationContext app = start("tuned", true)) {
            tuned(app, roster, rosterFile);
        }
        try (ConfigurableApplicationContext app = start("naive", false)) {
            naive(app, rosterFile);
        }
        table.append(database.label() + ", " + students + " students", "mvn -Pbenchmark verify -Dbenchmark.db="
                + database.kind() + (students != 10_000 ? " -Dbenchmark.students=" + students : ""));
    }

    // ---------------------------------------------------------------- tuned run

    private void tuned(ConfigurableApplicationContext app, List<ClearanceFixtures.Student> roster, byte[] rosterFile)
            throws Exception {
        ClearanceService clearance = app.getBean(ClearanceService.class);
        TaskService taskService = app.getBean(TaskService.class);
        IdentityService identityService = app.getBean(IdentityService.class);

        PlanSummary plan = clearance.createPlan("基准测试 " + students + " 人", ADMIN);
        long t = System.nanoTime();
        ImportResult imported = clearance.importStudents(plan.id(), "students.xlsx", rosterFile, ADMIN);
        table.record("import " + students + " students (Excel, not a target)", "—", seconds(t), true);
        check(imported.report().count(RowOutcome.IMPORTED) == students, "all students imported");

        t = System.nanoTime();
        LaunchProgress launched = clearance.launchAndWait(plan.id(), ADMIN);
        double launchSeconds = seconds(t);
        check(launched.launched() == students && launched.done(), "every student launched");
        int checkpoints = (int) clearance.statistics(plan.id(), StudentFilter.none()).stream()
                .filter(c -> c.should() == students).count();
        table.record("launch " + students + " students × " + checkpoints + " checkpoints", "≤ 60 s", launchSeconds,
                launchSeconds <= 60 * students / 10_000.0);
        tunedLaunchSeconds = launchSeconds;

        // Top up to 100,000 open tasks for the Tasklist queue.
        long open = taskService.createTaskQuery().count();
        long perStudent = Math.max(1, open / students);
        long wanted = 10L * students;
        int topUp = (int) Math.max(0, (wanted - open + perStudent - 1) / perStudent);
        if (topUp > 0) {
            PlanSummary extra = clearance.createPlan("基准测试补充 " + topUp + " 人", ADMIN);
            clearance.importStudents(extra.id(), "extra.xlsx", ClearanceFixtures.studentsWorkbook(roster(topUp, 1)), ADMIN);
            t = System.nanoTime();
            clearance.launchAndWait(extra.id(), ADMIN);
            table.record("launch " + topUp + " more students (to reach " + wanted + " open tasks)", "—", seconds(t), true);
        }
        long openTasks = taskService.createTaskQuery().count();
        long libraryQueue = taskService.createTaskQuery().taskCandidateGroup("clearanceLibrary").count();
        table.note("open tasks in the engine: " + openTasks + "; in the library queue: " + libraryQueue);

        // Tasklist queue through REST, as a member of the group, authorization on. Between two reads a colleague
        // at another checkpoint passes a student, as happens all day in a season; the engine's tables change, so
        // no database can answer from a cached result.
        ensureBenchUser(identityService);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        CheckpointCounters other = clearance.statistics(plan.id(), StudentFilter.none()).stream()
                .filter(c -> c.open() == students && !c.checkpoint().id().equals(TASK_LIBRARY)
                        && !c.checkpoint().id().equals(TASK_FINANCE))
                .findFirst().orElseThrow();
        StaffPrincipal colleague = ClearanceFixtures.staff("benchcolleague", other.checkpoint().groupId());
        Iterator<Long> colleaguesStudents = studentIds(clearance, plan.id()).iterator();
        Runnable colleagueWorks = () -> {
            if (colleaguesStudents.hasNext()) {
                clearance.decide(plan.id(), other.checkpoint().id(), colleaguesStudents.next(), Verdict.PASS, null,
                        colleague);
            }
        };
        List<Double> rest = restQueue(port, 5, 200, Duration.ofSeconds(120), colleagueWorks);
        table.note("between two queue reads a colleague passed one student at " + other.checkpoint().name());
        table.record("Tasklist queue: GET /engine-rest/task?candidateGroup=clearanceLibrary (15 of " + libraryQueue
                + "), p95", "≤ 100 ms", percentile(rest, 95), percentile(rest, 95) <= 100, "ms");

        // Console search by student number.
        Random random = new Random(7);
        List<Double> search = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            String studentNo = roster.get(random.nextInt(roster.size())).studentNo();
            long s = System.nanoTime();
            var page = clearance.searchAtCheckpoint(plan.id(), TASK_LIBRARY, StudentFilter.query(studentNo), 0, 20);
            double ms = (System.nanoTime() - s) / 1e6;
            check(page.getTotalElements() == 1, "search finds the student");
            if (i >= 20) {
                search.add(ms);
            }
        }
        table.record("console search by student number at a checkpoint, p95", "≤ 50 ms", percentile(search, 95),
                percentile(search, 95) <= 50, "ms");

        // One operator passes 1,000 selected students.
        List<Long> ids = studentIds(clearance, plan.id());
        StaffPrincipal library = ClearanceFixtures.staff(BENCH_USER, "clearanceLibrary");
        t = System.nanoTime();
        BatchOutcome batch = clearance.passMany(plan.id(), TASK_LIBRARY, ids.subList(0, Math.min(1000, ids.size())),
                null, library);
        double batchSeconds = seconds(t);
        check(batch.refused().isEmpty(), "batch passed everybody: " + batch.refused());
        table.record("batch: one operator passes " + batch.doneCount() + " selected students", "≤ 5 s", batchSeconds,
                batchSeconds <= 5);

        // A 10,000-row result file for the finance checkpoint.
        List<String[]> rows = new ArrayList<>();
        roster.forEach(s -> rows.add(new String[] {s.studentNo(), s.fullName(), RESULT_PASSED, null}));
        byte[] resultFile = ClearanceFixtures.resultsWorkbook("学号", rows);
        StaffPrincipal finance = ClearanceFixtures.staff("benchfinance", "clearanceFinance");
        t = System.nanoTime();
        ImportResult results = clearance.importResults(plan.id(), TASK_FINANCE, io.casehall.clearance.MatchBy.STUDENT_NO,
                "finance.xlsx", resultFile, finance);
        double importSeconds = seconds(t);
        check(results.report().count(RowOutcome.IMPORTED) == students, "every result row decided: "
                + results.report().refused() + " refused");
        table.record("import a " + students + "-row result file (finance)", "≤ 30 s", importSeconds,
                importSeconds <= 30 * students / 10_000.0);

        // The counters agree with the engine.
        for (CheckpointCounters c : clearance.statistics(plan.id(), StudentFilter.none())) {
            long engine = taskService.createTaskQuery().processDefinitionKey(KEY)
                    .processInstanceBusinessKeyLike(plan.id() + ":%").taskDefinitionKey(c.checkpoint().id()).count();
            check(c.open() + c.failed() == engine, "counters agree with the engine at " + c.checkpoint().id());
        }
        table.note("counters agree with the engine's open tasks at every checkpoint (checked after the run)");
    }

    private double tunedLaunchSeconds;

    // ---------------------------------------------------------------- naive run

    private void naive(ConfigurableApplicationContext app, byte[] rosterFile) {
        ClearanceService clearance = app.getBean(ClearanceService.class);
        RuntimeService runtimeService = app.getBean(RuntimeService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate perStudent = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        perStudent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        PlanSummary plan = clearance.createPlan("基准测试（朴素启动）", ADMIN);
        clearance.importStudents(plan.id(), "students.xlsx", rosterFile, ADMIN);
        List<StudentInfo> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var p = clearance.students(plan.id(), StudentFilter.none(), page, 500);
            all.addAll(p.getContent());
            if (!p.hasNext()) {
                break;
            }
        }
        long t = System.nanoTime();
        for (StudentInfo s : all) {
            perStudent.executeWithoutResult(tx -> {
                ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY,
                        GraduationClearanceProcess.businessKey(plan.id(), s.studentNo()),
                        GraduationClearanceProcess.startVariables(s.id(), s.studentNo(), s.fullName(),
                                s.department(), s.level(), s.category(),
                                s.dormitory() != null && !s.dormitory().isBlank(), s.householdMigration(),
                                plan.name()));
                jdbc.update("UPDATE clearance_student SET process_instance_id = ?, stage = 'IN_PROGRESS',"
                        + " launched_at = ? WHERE id = ?", pi.getId(), Timestamp.from(Instant.now()), s.id());
            });
        }
        double naiveSeconds = seconds(t);
        table.record("naive launch of the same " + students + " students (one start per transaction, full history)",
                "—", naiveSeconds, true);
        table.row("ratio naive / tuned launch", "—",
                String.format(Locale.ROOT, "%.1f×", naiveSeconds / tunedLaunchSeconds), "");
        check(clearance.counters(plan.id(), TASK_LIBRARY).should() == students, "naive projection complete");
    }

    // ---------------------------------------------------------------- infrastructure

    private ConfigurableApplicationContext start(String name, boolean leanHistory) throws Exception {
        return database.startApplication(name, "--casehall.admin.password=BenchPass2026",
                "--casehall.clearance.lean-history=" + leanHistory);
    }

    /** Imports the roster through the real Excel import into a new plan and launches it; returns the plan. */
    public static PlanSummary launchSeason(ConfigurableApplicationContext app, String planName,
                                           List<ClearanceFixtures.Student> roster) {
        ClearanceService clearance = app.getBean(ClearanceService.class);
        PlanSummary plan = clearance.createPlan(planName, ADMIN);
        ImportResult imported = clearance.importStudents(plan.id(), "students.xlsx",
                ClearanceFixtures.studentsWorkbook(roster), ADMIN);
        check(imported.report().count(RowOutcome.IMPORTED) == roster.size(), "all students imported");
        LaunchProgress launched = clearance.launchAndWait(plan.id(), ADMIN);
        check(launched.launched() == roster.size() && launched.done(), "every student launched");
        return plan;
    }

    /** {@code n} masters of 马克思主义学院 with a dormitory: ten checkpoints each. */
    public static List<ClearanceFixtures.Student> roster(int n, int variant) {
        List<ClearanceFixtures.Student> list = new ArrayList<>(n);
        String[] family = {"张", "李", "王", "赵", "孙", "周", "吴", "郑", "冯", "陈", "林", "黄"};
        for (int i = 0; i < n; i++) {
            list.add(ClearanceFixtures.master(family[i % family.length] + "同学" + variant + "x" + i));
        }
        return list;
    }

    private static List<Long> studentIds(ClearanceService clearance, long planId) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var p = clearance.students(planId, StudentFilter.none(), page, 500);
            p.getContent().forEach(s -> ids.add(s.id()));
            if (!p.hasNext()) {
                return ids;
            }
        }
    }

    private static void ensureBenchUser(IdentityService identityService) {
        if (identityService.createUserQuery().userId(BENCH_USER).count() == 0) {
            User user = identityService.newUser(BENCH_USER);
            user.setFirstName("基准图书馆");
            user.setLastName("");
            user.setPassword(BENCH_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(BENCH_USER, "clearanceLibrary");
        }
    }

    /** Up to {@code measured} timed requests after the warm-up, fewer (at least 10) if the time budget runs out. */
    private List<Double> restQueue(int port, int warmUp, int measured, Duration budget, Runnable between)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((BENCH_USER + ":" + BENCH_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/task?candidateGroup=clearanceLibrary&firstResult=0&maxResults=15"))
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        List<Double> times = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < warmUp + measured; i++) {
            if (times.size() >= 10 && System.nanoTime() > deadline) {
                table.note("the Tasklist queue was measured " + times.size() + " times (time budget of "
                        + budget.toSeconds() + " s reached)");
                break;
            }
            between.run();
            long s = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - s) / 1e6;
            check(response.statusCode() == 200, "REST answers 200, got " + response.statusCode());
            check(response.body().chars().filter(ch -> ch == '{').count() >= 15, "REST returns a full page");
            if (i >= warmUp) {
                times.add(ms);
            }
        }
        return times;
    }
}
