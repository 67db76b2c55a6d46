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
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionCandidates.Filter;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.method.ConversionMethod;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.ConversionRuleType;
import io.casehall.creditbank.rule.RuleSource;
import io.casehall.support.Browser;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit conversion (P5, part 2) at scale, on H2 (file) or an embedded PostgreSQL, in one application. Institution B
 * holds a certificate of 5,000 learners and another of 10,000; institution A publishes a rule for each.
 * <ol>
 *   <li>B applies for all 5,000 holders of the first certificate in one batch (the eligibility table judges each;
 *       one application, one process instance) — ≤ 30 s;</li>
 *   <li>with 10,000 single applications pending as well (the set-up, each through the same service), A's approver
 *       opens the Tasklist queue (转换申请审核's filter) as Tasklist calls it over HTTP, with the engine's
 *       authorization and tenant checks on — p95 ≤ 100 ms;</li>
 *   <li>A's approver passes the whole batch from Tasklist (submit-form over HTTP): 5,000 learners 转换成功, the
 *       learners' and both institutions' notices — ≤ 30 s.</li>
 * </ol>
 * Prints a table and appends it to {@code docs/benchmarks.md}. Run: {@code mvn -Pbenchmark verify
 * -Dbenchmark.main=io.casehall.creditbank.bench.CreditConversionBenchmark -Dbenchmark.db=h2} (or {@code postgres}).
 */
public final class CreditConversionBenchmark {

    private static final String PASSWORD = "Bench2026pass";
    private static final int BATCH = Integer.getInteger("benchmark.batch", 5_000);
    private static final int PENDING = Integer.getInteger("benchmark.pending", 10_000);
    private static final int QUEUE_REQUESTS = 200;
    private static final String API = "/camunda/api/engine/engine/default";
    private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
            + "\"active\":true}";
    private static final Pattern FILTER_ID = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"学分转换审核\"");

    private final BenchmarkDatabase database;
    private final BenchmarkTable table = new BenchmarkTable();

    private CreditConversionBenchmark(BenchmarkDatabase database) {
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Benchmarks.useChineseLocale();
        try (BenchmarkDatabase database = BenchmarkDatabase.fromSystemProperty("casehall-conversion-bench-")) {
            new CreditConversionBenchmark(database).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        try (ConfigurableApplicationContext app = database.startApplication("conversion",
                "--casehall.admin.password=BenchPass2026")) {
            Institution target = institution(app, "4143099101", "长沙基准职业技术学院", "13800009911");
            Institution source = institution(app, "4143099102", "株洲基准职业技术学院", "13800009912");
            long first = achievement(app, source, "物流管理职业技能等级证书（中级）", AchievementSubtype.SKILL_LEVEL_MOHRSS);
            long second = achievement(app, source, "电子商务职业技能等级证书（中级）", AchievementSubtype.SKILL_LEVEL_MOHRSS);
            long major = achievement(app, target, "现代物流管理毕业证书（高职）", AchievementSubtype.VOCATIONAL_CERTIFICATE);
            long course = achievement(app, target, "物流信息技术", AchievementSubtype.VOCATIONAL_COURSE);
            long course2 = achievement(app, target, "网络营销", AchievementSubtype.VOCATIONAL_COURSE);
            ConversionRule batchRule = publishedRule(app, target, first, major, course, "0001");
            ConversionRule singleRule = publishedRule(app, target, second, null, course2, "0002");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            LearnerRows.insert(jdbc, source.getId(), first, 0, BATCH, "CONV-A-");
            LearnerRows.insert(jdbc, source.getId(), second, BATCH, BATCH + PENDING, "CONV-B-");
            table.record("write " + (BATCH + PENDING) + " learners with their certificates in bulk (set-up, not a target)",
                    "—", seconds(t), true);

            InstitutionPrincipal sourceAdmin = principal(app, source);
            ConversionApplications applications = app.getBean(ConversionApplications.class);
            t = System.nanoTime();
            ConversionApplications.Outcome batch = applications.applyForBatch(sourceAdmin, batchRule.getId(), List.of(),
                    Filter.NONE);
            double applySeconds = seconds(t);
            check(batch.accepted() == BATCH, "every holder applied: " + batch);
            table.record("institution B applies for " + BATCH + " learners in one batch (eligibility table per learner,"
                    + " one process instance)", "≤ 30 s", applySeconds, applySeconds <= 30);

            t = System.nanoTime();
            pendingSingles(app, sourceAdmin, singleRule);
            table.record(PENDING + " more applications pending, one learner each (set-up, not a target)", "—",
                    seconds(t), true);
            if (database.kind().equals("postgres")) {
                jdbc.execute("ANALYZE");
            }

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Browser approver = signedIn(port, target.getSchoolCode());
            queue(approver);
            reviewPage(approver, singleRule.getCode());
            approveBatch(app, approver, batch.applicationId());
        }
        table.append(database.label() + ", a batch of " + BATCH + " learners, " + PENDING + " more pending",
                "mvn -Pbenchmark verify -Dbenchmark.main=" + CreditConversionBenchmark.class.getName()
                        + " -Dbenchmark.db=" + database.kind());
    }

    /** The set-up's 10,000 single applications, through the same service, on two threads (the machine's cores). */
    private static void pendingSingles(ConfigurableApplicationContext app, InstitutionPrincipal me,
                                       ConversionRule rule) throws InterruptedException {
        ConversionApplications applications = app.getBean(ConversionApplications.class);
        List<Long> ids = app.getBean(JdbcTemplate.class).queryForList("SELECT id FROM cb_learner_achievement"
                + " WHERE institution_id = ? AND personal_no LIKE 'CONV-B-%' ORDER BY id", Long.class,
                me.institutionId());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        for (Long id : ids) {
            pool.execute(() -> {
                try {
                    if (applications.applyForBatch(me, rule.getId(), List.of(id), Filter.NONE).accepted() != 1) {
                        refused.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    if (refused.incrementAndGet() == 1) {
                        e.printStackTrace();
                    }
                }
            });
        }
        pool.shutdown();
        check(pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS), "the set-up finished");
        check(refused.get() == 0, refused.get() + " single applications refused");
    }

    private void queue(Browser approver) {
        approver.get("/camunda/app/tasklist/default/");
        HttpResponse<String> filters = approver.webappJson("GET", API
                + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", null);
        Matcher m = FILTER_ID.matcher(filters.body());
        check(m.find(), "the approvers' queue filter is readable: " + filters.body());
        String list = API + "/filter/" + m.group(1) + "/list?firstResult=0&maxResults=15";
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < QUEUE_REQUESTS + 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = approver.webappJson("POST", list, TASKLIST_QUERY);
            double ms = (System.nanoTime() - t) / 1e6;
            check(page.statusCode() == 200 && page.body().contains("转换审核"), "the queue lists conversions: "
                    + page.statusCode());
            if (i >= 20) {
                times.add(ms);
            }
        }
        HttpResponse<String> count = approver.webappJson("GET", API + "/task/count?processDefinitionKey="
                + "creditConversion", null);
        double p95 = percentile(times, 95);
        table.record("Tasklist queue of A's approver, " + (PENDING + 1) + " pending applications (" + count.body()
                + " tasks visible), first page of 15, p95 (" + QUEUE_REQUESTS + " requests)", "≤ 100 ms", p95,
                p95 <= 100, "ms");
    }

    /** 转换申请审核 (机构发起 tab) as the approver opens it: its first page, and searched by a rule code all match. */
    private void reviewPage(Browser approver, String ruleCode) {
        String[][] variants = {
                {"转换申请审核 page of A's approver, 机构发起 tab, first page of 10", "/institution/conversion/reviews?tab=batch"},
                {"转换申请审核 page searched by 规则编码 (" + PENDING + " match), first page of 10",
                        "/institution/conversion/reviews?tab=batch&ruleCode=" + ruleCode}};
        for (String[] variant : variants) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long t = System.nanoTime();
                HttpResponse<String> page = approver.get(variant[1]);
                double ms = (System.nanoTime() - t) / 1e6;
                check(page.statusCode() == 200 && page.body().contains("机构发起 ("), "the review page: "
                        + page.statusCode());
                if (i >= 10) {
                    times.add(ms);
                }
            }
            double p95 = percentile(times, 95);
            table.record(variant[0] + ", p95 (50 requests)", "≤ 500 ms", p95, p95 <= 500, "ms");
        }
    }

    private void approveBatch(ConfigurableApplicationContext app, Browser approver, Long applicationId) {
        String instance = app.getBean(ConversionApplicationRepository.class).findById(applicationId).orElseThrow()
                .getProcessInstanceId();
        HttpResponse<String> tasks = approver.webappJson("GET", API + "/task?processInstanceId=" + instance, null);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.body());
        check(id.find(), "the batch's task is visible: " + tasks.body());
        long t = System.nanoTime();
        HttpResponse<String> done = approver.webappJson("POST", API + "/task/" + id.group(1) + "/submit-form",
                "{\"variables\":{\"conversionDecision\":{\"value\":\"通过\",\"type\":\"String\"}}}");
        double approveSeconds = seconds(t);
        check(done.statusCode() == 204, "the batch approved: " + done.statusCode() + " " + done.body());
        Long passed = app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM cb_conversion_item"
                + " WHERE application_id = ? AND status = ?", Long.class, applicationId, ConversionItemStatus.PASSED.name());
        check(passed != null && passed == BATCH, "every learner converted: " + passed);
        table.record("institution A's approver passes the whole batch in Tasklist (" + BATCH + " learners 转换成功,"
                + " their notices)", "≤ 30 s", approveSeconds, approveSeconds <= 30);
    }

    // ---------------------------------------------------------------- set-up

    private static Institution institution(ConfigurableApplicationContext app, String code, String name, String phone) {
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(status -> {
            School school = app.getBean(SchoolRepository.class).save(new School("430000", "湖南省教育厅", code, name,
                    "高职（专科）"));
            Institution institution = app.getBean(InstitutionAccounts.class).open(school, PASSWORD, phone);
            Clock clock = app.getBean(Clock.class);
            institution.recordRegistrant("王登记", "430102198507124518", clock.instant());
            institution.updateDetails(new InstitutionDetails("湖南省教育厅", null, "高职（专科）", "李校长", "王老师",
                    phone, "bench@example.cn", "410000", "长沙市岳麓区", "职业教育", null), true, clock.instant());
            return app.getBean(InstitutionRepository.class).save(institution);
        });
    }

    private static long achievement(ConfigurableApplicationContext app, Institution institution, String name,
                                    AchievementSubtype subtype) {
        boolean course = subtype.isCourse();
        return app.getBean(AchievementRepository.class).save(new Achievement(institution.getId(),
                new AchievementData(name, subtype, institution.getName(), course ? null : "中级", null, null,
                        subtype.isDegreeCertificate() ? "现代物流管理" : null, null, null, null,
                        course ? new BigDecimal("48") : null, course ? new BigDecimal("3") : null, null,
                        LocalDate.of(2024, 6, 1), "基准测试成果"),
                institution.getSchoolCode(), app.getBean(Clock.class).instant())).getId();
    }

    private static ConversionRule publishedRule(ConfigurableApplicationContext app, Institution target, long source,
                                                Long major, Long course, String number) {
        Clock clock = app.getBean(Clock.class);
        ConversionMethodRepository methods = app.getBean(ConversionMethodRepository.class);
        if (!methods.existsByInstitutionIdAndStatus(target.getId(), io.casehall.creditbank.method.MethodStatus.PUBLISHED)) {
            ConversionMethod method = new ConversionMethod(target.getId(), target.getName() + "转换办法",
                    UUID.randomUUID(), "转换办法.pdf", target.getSchoolCode(), clock.instant());
            method.publish(clock.instant());
            methods.save(method);
        }
        Long sourceInstitution = app.getBean(AchievementRepository.class).findById(source).orElseThrow()
                .getInstitutionId();
        ConversionRule rule = new ConversionRule(target.getId(), LocalDate.now(clock).toString().replace("-", "")
                + "9" + number.substring(1), target.getSchoolCode(), clock.instant());
        rule.define(ConversionRuleType.NON_DEGREE_TO_DEGREE, List.of(new RuleSource(source, sourceInstitution,
                new BigDecimal("3"))), major, course, "基准测试转换规则", UUID.randomUUID(), "转换规则.pdf",
                clock.instant());
        rule.publish(clock.instant());
        return app.getBean(ConversionRuleRepository.class).save(rule);
    }

    private static InstitutionPrincipal principal(ConfigurableApplicationContext app, Institution institution) {
        InstitutionDirectory directory = app.getBean(InstitutionDirectory.class);
        return directory.principalOf(directory.user(institution.getSchoolCode()).orElseThrow());
    }

    private static Browser signedIn(int port, String login) {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", PASSWORD));
        check(signIn.headers().firstValue("Location").orElse("").endsWith("/institution"), "signed in: " + signIn);
        return browser;
    }
}
