package io.casehall.creditbank.bench;

import static io.casehall.bench.Benchmarks.check;
import static io.casehall.bench.Benchmarks.percentile;
import static io.casehall.bench.Benchmarks.seconds;

import io.casehall.bench.BenchmarkDatabase;
import io.casehall.bench.BenchmarkTable;
import io.casehall.bench.Benchmarks;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionAccounts;
import io.casehall.creditbank.InstitutionDetails;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.School;
import io.casehall.creditbank.SchoolRepository;
import io.casehall.creditbank.learner.LearnerAchievementQueries;
import io.casehall.creditbank.learner.LearnerExportProbe;
import io.casehall.creditbank.learner.LearnerImports;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.support.Browser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit bank's institution space (P5) at scale, on H2 (file) or on an embedded PostgreSQL, in one application:
 * <ol>
 *   <li>importing 10,000 learner achievements through the real import (one .xlsx, one achievement; ≤ 30 s);</li>
 *   <li>the learner-achievement list of an institution holding 100,000 (the other 90,000 written in bulk), filtered by
 *       learner name or by ID number: the page as a signed-in institution user gets it over HTTP (p95 ≤ 100 ms);</li>
 *   <li>the streamed export of all 100,000 rows over HTTP (SMS code read from the outbox), timed; and its memory,
 *       in-process: the live heap's growth while exporting 100,000 rows against 10,000.</li>
 * </ol>
 * Prints a table and appends it to {@code docs/benchmarks.md}. Run: {@code mvn -Pbenchmark verify
 * -Dbenchmark.main=io.casehall.creditbank.bench.CreditBankBenchmark -Dbenchmark.db=h2} (or {@code postgres}).
 */
public final class CreditBankBenchmark {

    private static final String PASSWORD = "Bench2026pass";
    private static final int IMPORTED = 10_000;
    private static final int HELD = Integer.getInteger("benchmark.learnerAchievements", 100_000);
    private static final int LIST_REQUESTS = 200;
    private static final int MEMORY_RUNS = 3;
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    private final BenchmarkDatabase database;
    private final BenchmarkTable table = new BenchmarkTable();

    private CreditBankBenchmark(BenchmarkDatabase database) {
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.useChineseLocale();
        try (BenchmarkDatabase database = BenchmarkDatabase.fromSystemProperty("casehall-creditbank-bench-")) {
            new CreditBankBenchmark(database).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        // Two exports a few seconds apart, each with its own code: no resend interval between the codes.
        try (ConfigurableApplicationContext app = database.startApplication("creditbank",
                "--casehall.admin.password=BenchPass2026", "--casehall.codes.resend-seconds=0")) {
            Institution institution = institution(app);
            InstitutionPrincipal me = app.getBean(InstitutionDirectory.class).principalOf(
                    app.getBean(InstitutionDirectory.class).user(institution.getSchoolCode()).orElseThrow());
            Achievement imported = achievement(app, institution, "现代物流管理专业毕业证书（高职）");
            importTenThousand(app, me, imported);
            Achievement written = achievement(app, institution, "物流服务师（四级）");
            long t = System.nanoTime();
            LearnerRows.insert(app.getBean(JdbcTemplate.class), institution.getId(), written.getId(), IMPORTED, HELD,
                    "BENCH-");
            if (database.kind().equals("postgres")) {
                // As autovacuum would soon after such growth: the planner's figures for the tables just filled.
                app.getBean(JdbcTemplate.class).execute("ANALYZE cb_learner, cb_learner_achievement");
            }
            table.record("write the other " + (HELD - IMPORTED) + " learner achievements in bulk (set-up, not a target)",
                    "—", seconds(t), true);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Browser browser = signedIn(port, institution.getSchoolCode());
            list(app, browser, institution.getId());
            export(app, browser, institution, me);
        }
        table.append(database.label() + ", " + HELD + " learner achievements in one institution",
                "mvn -Pbenchmark verify -Dbenchmark.main=" + CreditBankBenchmark.class.getName()
                        + " -Dbenchmark.db=" + database.kind());
    }

    private Institution institution(ConfigurableApplicationContext app) {
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(status -> {
            School school = app.getBean(SchoolRepository.class).save(new School("430000", "湖南省教育厅", "4143099001",
                    "长沙基准职业技术学院", "高职（专科）"));
            Institution institution = app.getBean(InstitutionAccounts.class).open(school, PASSWORD, "13800009901");
            Clock clock = app.getBean(Clock.class);
            institution.recordRegistrant("王登记", "430102198507124518", clock.instant());
            institution.updateDetails(new InstitutionDetails("湖南省教育厅", null, "高职（专科）", "李校长", "王老师",
                    "13800009901", "bench@example.cn", "410000", "长沙市岳麓区", "职业教育", null), true, clock.instant());
            return app.getBean(InstitutionRepository.class).save(institution);
        });
    }

    private Achievement achievement(ConfigurableApplicationContext app, Institution institution, String name) {
        return app.getBean(AchievementRepository.class).save(new Achievement(institution.getId(),
                new AchievementData(name, AchievementSubtype.VOCATIONAL_CERTIFICATE, institution.getName(), "高职（专科）",
                        "财经商贸大类", "物流类", "现代物流管理", "530802", "毕业", new BigDecimal("3"), null, null,
                        new BigDecimal("120"), LocalDate.of(2024, 6, 1), "基准测试成果"),
                institution.getSchoolCode(), app.getBean(Clock.class).instant()));
    }

    // ---------------------------------------------------------------- (1) the import

    private void importTenThousand(ConfigurableApplicationContext app, InstitutionPrincipal me, Achievement achievement)
            throws Exception {
        byte[] file = learnerAchievementsFile(IMPORTED);
        long t = System.nanoTime();
        ImportResult result = app.getBean(LearnerImports.class).importLearnerAchievements(me, achievement.getId(),
                "学员成果.xlsx", file);
        double importSeconds = seconds(t);
        check(result.batch().getImportedRows() == IMPORTED, "all rows imported: " + result.report().refused());
        table.record("import " + IMPORTED + " learner achievements (Excel, the real import)", "≤ 30 s", importSeconds,
                importSeconds <= 30);
    }

    /** The import template's columns, people 0 … count-1 of {@link LearnerRows}. */
    private static byte[] learnerAchievementsFile(int count) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("学员成果");
            Row header = sheet.createRow(0);
            String[] columns = {"学员姓名", "身份证号", "个人成果编号", "颁证日期"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            for (int i = 0; i < count; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(LearnerRows.name(i));
                row.createCell(1).setCellValue(LearnerRows.idNumber(i));
                row.createCell(2).setCellValue("IMP-" + i);
                row.createCell(3).setCellValue("2024-06-30");
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- (2) the list, filtered

    private static Browser signedIn(int port, String login) {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", PASSWORD));
        check(signIn.headers().firstValue("Location").orElse("").endsWith("/institution"), "signed in: " + signIn);
        return browser;
    }

    private void list(ConfigurableApplicationContext app, Browser browser, long institutionId) {
        LearnerAchievementQueries queries = app.getBean(LearnerAchievementQueries.class);
        List<Double> pages = new ArrayList<>();
        List<Double> queryOnly = new ArrayList<>();
        for (int i = 0; i < LIST_REQUESTS + 20; i++) {
            int person = (int) ((i * 7_919L) % HELD);
            boolean byName = i % 2 == 0;
            String value = byName ? LearnerRows.name(person) : LearnerRows.idNumber(person);
            String url = "/institution/learner-achievements?" + (byName ? "learnerName=" : "idNumber=")
                    + URLEncoder.encode(value, StandardCharsets.UTF_8);
            long t = System.nanoTime();
            HttpResponse<String> page = browser.get(url);
            double ms = (System.nanoTime() - t) / 1e6;
            check(page.statusCode() == 200 && page.body().contains(LearnerRows.name(person)), "the list shows " + value);
            t = System.nanoTime();
            queries.page(institutionId, byName ? LearnerAchievementQueries.Filter.learnerName(value)
                    : LearnerAchievementQueries.Filter.idNumber(value), 0, 10);
            double queryMs = (System.nanoTime() - t) / 1e6;
            if (i >= 20) { // the first 20 warm the pages' code paths up
                pages.add(ms);
                queryOnly.add(queryMs);
            }
        }
        double p95 = percentile(pages, 95);
        table.record("learner-achievement list of " + HELD + ", filtered by name or ID number, HTTP page, p95 ("
                + LIST_REQUESTS + " requests)", "≤ 100 ms", p95, p95 <= 100, "ms");
        table.record("the same list query in-process, p95 (not a target)", "—", percentile(queryOnly, 95), true, "ms");
    }

    // ---------------------------------------------------------------- (3) the export, streamed

    /**
     * The export's time over HTTP as a user downloads it; then its memory, in-process (the same export writing into
     * a stream that discards, so no HTTP client shares the heap): the live heap — what a full collection leaves,
     * sampled every 20 ms while the file is written — at its highest, over the live heap before; for 10,000 rows,
     * then 100,000, then 10,000 again. A streamed export holds one page of rows whatever the total.
     */
    private void export(ConfigurableApplicationContext app, Browser browser, Institution institution,
                        InstitutionPrincipal me) throws Exception {
        Export timed = exportOverHttp(app, browser);
        table.record("export all " + HELD + " learner achievements (.xlsx streamed over HTTP, SMS code; file "
                + String.format("%.1f MB", timed.bytes / 1e6) + ")", "—", timed.seconds, true);
        long achievementId = imported(app, institution);
        double small = leastLiveHeapGrowthMb(() -> LearnerExportProbe.write(app, me, achievementId,
                OutputStream.nullOutputStream()));
        double all = leastLiveHeapGrowthMb(() -> LearnerExportProbe.write(app, me, null, OutputStream.nullOutputStream()));
        table.row("live heap growth while exporting " + IMPORTED + " rows vs " + HELD + " rows (least of "
                        + MEMORY_RUNS + " runs each)", "constant memory", String.format("%.0f MB vs %.0f MB", small, all),
                !database.kind().equals("postgres") ? "not judged: H2 keeps its pages in this same heap"
                        : all <= small + 32 ? "✅" : "❌");
    }

    /**
     * The export's live-heap growth, the least of several runs: whatever else the application does meanwhile (its
     * job executor, a session sweep) can only add to one run's figure, while rows the export kept would add to
     * every run.
     */
    private static double leastLiveHeapGrowthMb(Runnable export) throws InterruptedException {
        double least = Double.MAX_VALUE;
        for (int run = 0; run < MEMORY_RUNS; run++) {
            least = Math.min(least, liveHeapGrowthMb(export));
        }
        return least;
    }

    private static long imported(ConfigurableApplicationContext app, Institution institution) {
        return app.getBean(AchievementRepository.class).findAll().stream()
                .filter(a -> a.getInstitutionId().equals(institution.getId())).mapToLong(Achievement::getId).min()
                .orElseThrow();
    }

    private record Export(double seconds, long bytes) {
    }

    private Export exportOverHttp(ConfigurableApplicationContext app, Browser browser) throws Exception {
        String page = "/institution/learner-achievements/export";
        HttpResponse<String> sent = browser.submitForm(page, page + "/code", Map.of());
        check(sent.statusCode() == 302, "code sent: " + sent.statusCode());
        String code = codeSentTo(app, "13800009901");
        long t = System.nanoTime();
        HttpResponse<InputStream> download = browser.submitFormStreaming(page, page, Map.of("code", code));
        long bytes = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[65_536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        check(download.statusCode() == 200 && bytes > 10_000, "the export downloaded: " + download.statusCode() + " "
                + download.headers().firstValue("Location").orElse(""));
        return new Export(seconds(t), bytes);
    }

    private static double liveHeapGrowthMb(Runnable export) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                // A collection every 20 ms: a short export must be sampled about as closely as a long one.
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        });
        watcher.start();
        export.run();
        running.set(false);
        watcher.join();
        return (peak.get() - baseline) / 1e6;
    }

    private static String codeSentTo(ConfigurableApplicationContext app, String phone) {
        for (OutboxMessage message : app.getBean(OutboxMessageRepository.class).findByRecipientOrderByIdDesc(phone)) {
            Matcher m = CODE.matcher(message.getBody());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no code sent to " + phone);
    }
}
