package io.casehall.load;

import static io.casehall.clearance.GraduationClearanceProcess.TASK_DEPARTMENT_AFFAIRS;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_DORMITORY_CHECKOUT;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_FINANCE;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;

import io.casehall.account.TestApplicants;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.ArchiveApplication;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.DeliveryMode;
import io.casehall.archive.StudyStage;
import io.casehall.bench.BenchmarkDatabase;
import io.casehall.bench.Benchmarks;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.bench.ClearanceBenchmark;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The application the load simulation ({@code mvn -Pload verify}) runs against: the whole application on an
 * embedded PostgreSQL with the demo profile's data, a launched clearance season of 10,000 students (the clearance
 * benchmark's set-up), {@code load.applicants} verified applicants who are students of that season, each with an
 * archive application, and {@code load.staff} staff accounts at clearance checkpoints and the archive desk.
 * <p>
 * When ready it writes {@code applicants.csv}, {@code staff.csv} and {@code ready} (the base URL) into
 * {@code load.dir}; it stops when a file {@code stop} appears there (written by {@link LoadReport}).
 */
public final class LoadServer {

    static final String STAFF_PASSWORD = "Console2026x";

    /** group, checkpoint (null: the archive desk); the staff accounts cycle through them. */
    private static final String[][] ROLES = {
            {"clearanceLibrary", TASK_LIBRARY},
            {"clearanceFinance", TASK_FINANCE},
            {"clearanceDormitory", TASK_DORMITORY_CHECKOUT},
            {io.casehall.staff.DepartmentGroups.departmentGroup("clearanceDepartmentAffairs", "马克思主义学院"),
                    TASK_DEPARTMENT_AFFAIRS},
            {"archiveClerk", null}};

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        Path dir = Path.of(System.getProperty("load.dir", "target/load"));
        int port = Integer.getInteger("load.port", 18080);
        int students = Integer.getInteger("load.students", 10_000);
        int applicants = Integer.getInteger("load.applicants", 50);
        int staff = Integer.getInteger("load.staff", 20);
        Files.createDirectories(dir);
        for (String f : List.of("ready", "failed", "stop", "applicants.csv", "staff.csv", "load-at-start")) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Instant started = Instant.now();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
        ConfigurableApplicationContext app = null;
        try {
            String url = BenchmarkDatabase.createDatabase(postgres, "casehall_load");
            app = BenchmarkDatabase.startApplication(url, "postgres", "postgres", dir.resolve("documents"), port,
                    List.of("demo"), "--casehall.seal.keystore=" + dir.resolve("seal").resolve("seal.p12"));
            log("application started on PostgreSQL in " + Duration.between(started, Instant.now()).toSeconds()
                    + " s; launching a season of " + students + " students");
            List<ClearanceFixtures.Student> roster = ClearanceBenchmark.roster(students, 7);
            long t = System.nanoTime();
            PlanSummary plan = ClearanceBenchmark.launchSeason(app, "负载测试 " + students + " 人", roster);
            log("season launched in " + (System.nanoTime() - t) / 1_000_000_000 + " s");

            writeApplicants(app, dir, roster.subList(0, Math.min(applicants, roster.size())));
            writeStaff(app, dir, staff, plan, roster);
            int actualPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            DatabaseStatements statements = DatabaseStatements.reset(url);
            Files.writeString(dir.resolve("load-at-start"), Benchmarks.loadAverage(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("ready"), "http://localhost:" + actualPort, StandardCharsets.UTF_8);
            log("ready after " + Duration.between(started, Instant.now()).toSeconds() + " s: http://localhost:"
                    + actualPort + " — waiting for " + dir.resolve("stop"));
            while (!Files.exists(dir.resolve("stop"))) {
                Thread.sleep(500);
            }
            statements.write(dir.resolve("statements.txt"));
            log("stopping; the database statements by time are in " + dir.resolve("statements.txt"));
        } catch (Exception | Error e) {
            Files.writeString(dir.resolve("failed"), String.valueOf(e), StandardCharsets.UTF_8);
            throw e;
        } finally {
            if (app != null) {
                app.close();
            }
            postgres.close();
        }
        System.exit(0);
    }

    private static void writeApplicants(ConfigurableApplicationContext app, Path dir,
                                        List<ClearanceFixtures.Student> students) throws Exception {
        TestApplicants applicants = app.getBean(TestApplicants.class);
        ArchiveService archive = app.getBean(ArchiveService.class);
        StringBuilder csv = new StringBuilder("login,password,applicationId,studentNo\n");
        for (ClearanceFixtures.Student s : students) {
            TestApplicants.Created created = applicants.createVerifiedGraduate(s.fullName(), s.idNumber(),
                    s.studentNo(), false);
            ApplicationForm form = archive.newForm(created.principal().applicantId(),
                    ArchiveServiceType.OVERSEAS_TRANSLATION, StudyStage.MASTER, null);
            form.setDeliveryMode(DeliveryMode.ELECTRONIC);
            form.getItems().get(0).setSelected(true);
            form.getItems().get(0).setCopies(1);
            ArchiveApplication application = archive.submit(created.principal(), form);
            csv.append(created.login()).append(',').append(TestApplicants.PASSWORD).append(',')
                    .append(application.getId()).append(',').append(s.studentNo()).append('\n');
        }
        Files.writeString(dir.resolve("applicants.csv"), csv, StandardCharsets.UTF_8);
        log(students.size() + " applicants with an archive application and a clearance record");
    }

    private static void writeStaff(ConfigurableApplicationContext app, Path dir, int count, PlanSummary plan,
                                   List<ClearanceFixtures.Student> roster) throws Exception {
        IdentityService identity = app.getBean(IdentityService.class);
        FilterService filters = app.getBean(FilterService.class);
        StringBuilder csv = new StringBuilder("username,password,group,planId,checkpointId,filterId,studentNo\n");
        for (int i = 0; i < count; i++) {
            String[] role = ROLES[i % ROLES.length];
            String userId = String.format(Locale.ROOT, "loadstaff%02d", i + 1);
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setFirstName("负载测试员 " + (i + 1));
                user.setLastName("");
                user.setPassword(STAFF_PASSWORD);
                identity.saveUser(user);
                identity.createMembership(userId, role[0]);
            }
            String filterId = queueFilter(filters, role[0]);
            csv.append(userId).append(',').append(STAFF_PASSWORD).append(',').append(role[0]).append(',')
                    .append(plan.id()).append(',').append(role[1] == null ? "" : role[1]).append(',')
                    .append(filterId).append(',').append(roster.get((i * 397) % roster.size()).studentNo())
                    .append('\n');
        }
        Files.writeString(dir.resolve("staff.csv"), csv, StandardCharsets.UTF_8);
        log(count + " staff accounts");
    }

    /** The Tasklist filter of a group's queue (created by the staff directory), or "" if it has none. */
    private static String queueFilter(FilterService filters, String group) {
        for (Filter f : filters.createTaskFilterQuery().list()) {
            if (f.getQuery() instanceof TaskQueryImpl q && group.equals(q.getCandidateGroup())) {
                return f.getId();
            }
        }
        log("no Tasklist filter for the queue of " + group + ": its staff skip the Tasklist queue");
        return "";
    }

    private static void log(String message) {
        System.out.println("[load-server] " + message);
    }
}
