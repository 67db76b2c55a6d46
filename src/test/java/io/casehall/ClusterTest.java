package io.casehall;

import static org.assertj.core.api.Assertions.assertThat;

import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.clearance.BatchOutcome;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointCounters;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.PlanSummary;
import io.casehall.support.Browser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two identical nodes on one PostgreSQL, as docker/compose.yml runs them: a staff member signs in on one
 * node and carries on with the other, because sessions live in the database; and a node killed hard in the
 * middle of a launch, a batch and a notice leaves the other to finish them (node A is a JVM of its own,
 * {@link ClusterNode}; its output goes to {@code target/cluster/node-a.log}).
 */
@Tag("cluster")
class ClusterTest {

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            runTwoNodes(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    private void runTwoNodes(String url) {
        try (ConfigurableApplicationContext node1 = startNode(url); ConfigurableApplicationContext node2 = startNode(url)) {
            int port1 = ((WebServerApplicationContext) node1).getWebServer().getPort();
            int port2 = ((WebServerApplicationContext) node2).getWebServer().getPort();
            assertThat(port1).isNotEqualTo(port2);

            Browser browser = new Browser(port1);
            browser.staffLogin("reviewer", "Review2026");

            // Cookies are per host, not per port: the same browser now talks to node 2.
            Browser sameBrowserOnNode2 = browser.onPort(port2);
            HttpResponse<String> console = sameBrowserOnNode2.get("/staff");
            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains("实名认证审核");
            assertThat(new Browser(port2).get("/staff").statusCode()).isEqualTo(302);
        }
    }

    private static ConfigurableApplicationContext startNode(String jdbcUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CaseHallApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    // ------------------------------------------------------------------------------------------ a node dies

    private static final int LAUNCH_SIZE = 1000;
    private static final int BATCH_SIZE = 1000;
    /** Both nodes: a job lock expires after 10 s; a launch without a heartbeat for 6 s is resumed (checked every 1 s). */
    private static final String[] FAST_TAKEOVER = {"--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=2000",
            "--casehall.clearance.launch.resume-every=1s", "--casehall.clearance.launch.stale-after=6s"};

    /**
     * Issue 11, item 2. Node A, a JVM of its own, launches a plan of 1,000 students, passes 1,000 students of
     * another plan in one batch (one HTTP request) and runs the engine job that mails a student a failed
     * checkpoint — and is killed (SIGKILL) half-way through. Node B resumes the launch by itself once A's heartbeat
     * is stale, sends the mail once A's job lock has expired, and the operator re-runs the batch there. Nobody is
     * lost or doubled, the counters agree with the engine, and the mail went out once.
     */
    @Test
    void whenANodeIsKilledHalfwayTheOtherFinishesItsLaunchBatchAndNotice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext nodeB = startNode(postgres.getJdbcUrl("postgres", "postgres"), FAST_TAKEOVER)) {
            new NodeLoss(postgres.getJdbcUrl("postgres", "postgres"), nodeB).run();
        }
    }

    private static final class NodeLoss {

        private final String jdbcUrl;
        private final ConfigurableApplicationContext nodeB;
        private final JdbcTemplate jdbc;
        private final ClearanceService clearance;
        private final JobExecutor jobExecutorB;
        private final Path workDir;

        NodeLoss(String jdbcUrl, ConfigurableApplicationContext nodeB) throws IOException {
            this.jdbcUrl = jdbcUrl;
            this.nodeB = nodeB;
            this.jdbc = nodeB.getBean(JdbcTemplate.class);
            this.clearance = nodeB.getBean(ClearanceService.class);
            this.jobExecutorB = ((ProcessEngineConfigurationImpl) nodeB.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration()).getJobExecutor();
            this.workDir = Files.createDirectories(Path.of("target", "cluster"));
        }

        void run() throws Exception {
            // B's job executor waits until A holds the notice job (otherwise B might be first to take it).
            jobExecutorB.shutdown();
            Path marker = workDir.resolve("stalled-mail-" + System.nanoTime());
            int portA = freePort();
            Process nodeA = startNodeA(portA, marker);
            try {
                runWith(nodeA, portA, marker);
            } finally {
                nodeA.destroyForcibly();
                jobExecutorB.start();
            }
        }

        private void runWith(Process nodeA, int portA, Path marker) throws Exception {
            // Meanwhile, on B: a plan of 1,000 students to launch, a launched plan of 1,000 + 1 for the batch.
            long launchPlan = plan("断点-启动", roster("启", LAUNCH_SIZE));
            ClearanceFixtures.Student noticed = ClearanceFixtures.undergraduate("通知生");
            List<ClearanceFixtures.Student> batchRoster = new ArrayList<>(roster("批", BATCH_SIZE));
            batchRoster.add(noticed);
            long batchPlan = plan("断点-批量", batchRoster);
            assertThat(clearance.launchAndWait(batchPlan, ClearanceFixtures.ADMIN).done()).isTrue();
            ApplicantPrincipal applicant = nodeB.getBean(TestApplicants.class).create(noticed.fullName());
            nodeB.getBean(AccountService.class).markRealNameVerified(applicant.applicantId(), noticed.idNumber(),
                    noticed.studentNo());
            String email = jdbc.queryForObject("SELECT email FROM applicant_account WHERE id = ?", String.class,
                    applicant.applicantId());
            long noticedId = studentId(batchPlan, noticed.studentNo());
            List<Long> batch = jdbc.queryForList("SELECT id FROM clearance_student WHERE plan_id = ? AND id <> ?"
                    + " ORDER BY id", Long.class, batchPlan, noticedId);
            assertThat(batch).hasSize(BATCH_SIZE);

            awaitReady(nodeA, portA);
            Browser operator = new Browser(portA);
            assertThat(operator.staffLogin("admin", "Console2026").statusCode()).isEqualTo(302);
            String library = "/staff/clearance/plans/" + batchPlan + "/checkpoints/" + TASK_LIBRARY;

            // 1. On A: a failed checkpoint; A's job executor takes the notice job and hangs in the mail gateway.
            operator.submitForm(library, library + "/decide", Map.of("student", String.valueOf(noticedId),
                    "result", "FAIL", "remark", "图书未归还"));
            await("node A's job executor is sending the notice", Duration.ofSeconds(60), () -> Files.exists(marker));
            Map<String, Object> lockedJob = jdbc.queryForMap("SELECT id_, lock_owner_, lock_exp_time_ FROM act_ru_job"
                    + " WHERE handler_type_ = 'casehall-clearance-notice'");
            assertThat(lockedJob.get("lock_owner_")).isNotNull();

            // 2. On A: launch 1,000 students (in the background) and pass 1,000 in one request.
            HttpResponse<String> launched = operator.submitForm("/staff/clearance/plans/" + launchPlan,
                    "/staff/clearance/plans/" + launchPlan + "/launch", Map.of("confirm", "yes"));
            assertThat(launched.statusCode()).isEqualTo(302);
            List<Map.Entry<String, String>> ticked = new ArrayList<>();
            batch.forEach(id -> ticked.add(Map.entry("students", String.valueOf(id))));
            CompletableFuture<HttpResponse<String>> batchRequest = CompletableFuture.supplyAsync(
                    () -> operator.submitForm(library, library + "/pass", ticked));

            // 3. Half-way, A is killed: no shutdown hook, no rollback but the database's.
            await("node A is half-way through the launch and the batch", Duration.ofSeconds(120),
                    () -> passed(batchPlan) >= BATCH_SIZE / 4 && launched(launchPlan) >= LAUNCH_SIZE / 10);
            nodeA.destroyForcibly();
            assertThat(nodeA.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long launchedAtKill = launched(launchPlan);
            long passedAtKill = passed(batchPlan);
            log("node A killed with %d of %d launched and %d of %d passed", launchedAtKill, LAUNCH_SIZE,
                    passedAtKill, BATCH_SIZE);
            assertThat(launchedAtKill).isBetween(1L, LAUNCH_SIZE - 1L);
            assertThat(passedAtKill).isBetween(1L, BATCH_SIZE - 1L);
            assertThat(batchRequest).failsWithin(Duration.ofSeconds(30));
            jobExecutorB.start();

            // 4. B resumes the launch by itself and sends the notice once A's lock has expired.
            await("node B resumes and completes the launch", Duration.ofSeconds(240),
                    () -> clearance.progress(launchPlan).done());
            await("node B sends the notice", Duration.ofSeconds(60), () -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM act_ru_job WHERE handler_type_ = 'casehall-clearance-notice'", Long.class) == 0);

            // 5. The operator passes the same 1,000 again, on B: the ones passed before A died are skipped.
            BatchOutcome rerun = clearance.passMany(batchPlan, TASK_LIBRARY, batch, null, ClearanceFixtures.ADMIN);
            assertThat(rerun.doneCount()).isEqualTo(BATCH_SIZE - passedAtKill);
            assertThat(rerun.refused()).hasSize((int) passedAtKill)
                    .allSatisfy(r -> assertThat(r.messageKey()).isEqualTo("checkpoints.error.alreadyPassed"));

            // 0 students lost, 0 duplicate instances or tasks.
            for (long planId : List.of(launchPlan, batchPlan)) {
                long students = jdbc.queryForObject("SELECT COUNT(*) FROM clearance_student WHERE plan_id = ?",
                        Long.class, planId);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clearance_student WHERE plan_id = ?"
                        + " AND process_instance_id IS NULL", Long.class, planId)).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_"
                        + " AND business_key_ LIKE ?", Long.class, planId + ":%")).isEqualTo(students);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clearance_student s JOIN act_ru_execution e"
                        + " ON e.id_ = s.process_instance_id AND e.id_ = e.proc_inst_id_"
                        + " AND e.business_key_ = s.plan_id || ':' || s.student_no WHERE s.plan_id = ?",
                        Long.class, planId)).isEqualTo(students);
                assertThat(jdbc.queryForList("SELECT e.business_key_ FROM act_ru_task t JOIN act_ru_execution e"
                        + " ON e.id_ = t.proc_inst_id_ WHERE e.business_key_ LIKE ?"
                        + " GROUP BY e.business_key_, t.task_def_key_ HAVING COUNT(*) > 1", String.class, planId + ":%"))
                        .as("students with two open tasks at one checkpoint").isEmpty();
                // The counters the console shows are the engine's open tasks (a failed student's task stays open
                // for the next decision); passes and failures as decided.
                for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
                    CheckpointCounters counters = clearance.counters(planId, checkpoint.id());
                    long openInEngine = jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task t"
                            + " JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                            + " WHERE e.business_key_ LIKE ? AND t.task_def_key_ = ?", Long.class, planId + ":%",
                            checkpoint.id());
                    assertThat(counters.open() + counters.failed()).as("open and failed at %s", checkpoint.id())
                            .isEqualTo(openInEngine);
                    boolean libraryOfBatch = planId == batchPlan && checkpoint.id().equals(TASK_LIBRARY);
                    assertThat(counters.passed()).as("passed at %s", checkpoint.id())
                            .isEqualTo(libraryOfBatch ? BATCH_SIZE : 0);
                    assertThat(counters.failed()).as("failed at %s", checkpoint.id()).isEqualTo(libraryOfBatch ? 1 : 0);
                }
            }
            assertThat(clearance.progress(launchPlan)).satisfies(p -> {
                assertThat(p.launched()).isEqualTo(LAUNCH_SIZE);
                assertThat(p.total()).isEqualTo(LAUNCH_SIZE);
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e"
                    + " ON e.id_ = t.proc_inst_id_ WHERE e.business_key_ LIKE ? AND t.task_def_key_ = ?", Long.class,
                    batchPlan + ":%", TASK_LIBRARY)).as("only the failed student still has a library task").isEqualTo(1);

            // The notice A had locked went out exactly once, from B (A's gateway never returned).
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", Long.class,
                    email)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE applicant_id = ?", Long.class,
                    applicant.applicantId())).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Long.class)).isZero();
        }

        private long plan(String name, List<ClearanceFixtures.Student> roster) {
            PlanSummary plan = clearance.createPlan(name + "-" + System.nanoTime(), ClearanceFixtures.ADMIN);
            clearance.importStudents(plan.id(), "students.xlsx", ClearanceFixtures.studentsWorkbook(roster),
                    ClearanceFixtures.ADMIN);
            return plan.id();
        }

        private static List<ClearanceFixtures.Student> roster(String prefix, int n) {
            List<ClearanceFixtures.Student> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(ClearanceFixtures.undergraduate(prefix + "同学" + i));
            }
            return list;
        }

        private long studentId(long planId, String studentNo) {
            return jdbc.queryForObject("SELECT id FROM clearance_student WHERE plan_id = ? AND student_no = ?",
                    Long.class, planId, studentNo);
        }

        private long launched(long planId) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM clearance_student WHERE plan_id = ?"
                    + " AND process_instance_id IS NOT NULL", Long.class, planId);
        }

        private long passed(long planId) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM clearance_checkpoint_state WHERE plan_id = ?"
                    + " AND checkpoint_id = ? AND state = 'PASSED'", Long.class, planId, TASK_LIBRARY);
        }

        private Process startNodeA(int port, Path marker) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Xmx1g", "-Dfile.encoding=UTF-8",
                    "-Dcasehall.test.stalled-mail-marker=" + marker.toAbsolutePath(),
                    "-Dcasehall.test.launch-delay-ms=" + Integer.getInteger("casehall.cluster.launch-delay-ms", 5),
                    "-cp", testClasspath(), ClusterNode.class.getName(),
                    "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--camunda.bpm.job-execution.enabled=true", "--casehall.mail.gateway=stalled"));
            command.addAll(List.of(FAST_TAKEOVER));
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("node-a.log").toFile()).start();
        }

        /** This JVM's class path without empty entries, which a new JVM would read as the working directory. */
        private static String testClasspath() {
            return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }

        private void awaitReady(Process node, int port) {
            Browser probe = new Browser(port);
            await("node A is ready", Duration.ofSeconds(150), () -> {
                if (!node.isAlive()) {
                    throw new IllegalStateException("node A exited with " + node.exitValue() + ", see "
                            + workDir.resolve("node-a.log"));
                }
                try {
                    return probe.get("/actuator/health/readiness").statusCode() == 200;
                } catch (IllegalStateException e) {
                    return false;
                }
            });
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void await(String what, Duration timeout, BooleanSupplier condition) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Timed out after " + timeout + ": " + what);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            log("%s", what);
        }

        private static void log(String format, Object... args) {
            System.out.printf("[ClusterTest] %tT %s%n", System.currentTimeMillis(), format.formatted(args));
        }
    }
}
