package io.casehall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.CaptchaAnswers;
import io.casehall.account.TestApplicants;
import io.casehall.archive.ApplicationForm;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.ArchiveServiceType;
import io.casehall.archive.StudyStage;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceService;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.shared.web.HostileVariants.Shape;
import io.casehall.shared.web.HostileVariants.Variant;
import io.casehall.shared.web.HtmlForms.Form;
import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every portal and console form, as an attacker fills it in. For each kind of visitor the test crawls the pages
 * it can reach from a few entry pages (following links inside its area, a bounded number of pages), reads every
 * form on them — action, method, fields, options — and sends each form again with one hostile change at a time
 * ({@link HostileVariants}: over-long text, unknown options, absurd numbers and dates, list indexes no page has,
 * NUL bytes, no fields, another method or media type), with a valid CSRF token. No answer may be a 5xx or the
 * "unexpected error" page, and nothing may be logged at ERROR: a person's mistake is a 4xx or the form again.
 * Too much text in a field a person types into must bring the form back with the text still in it.
 *
 * <p>Forms are discovered, not listed, so the forms of later procedures are covered once a link leads to them.
 * A form without fields (delete, launch, cancel) is an action: it only gets requests that must be refused before
 * it runs. Logout forms are skipped (they would end the session the walk runs in).
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileFormInputTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(HostileFormInputTest.class);

    private static final int MAX_PAGES = 30;
    private static final int MAX_VARIANTS_PER_FORM = 30;
    private static final int MAX_REQUESTS = 250;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** Links the walk never follows: downloads, other applications, leaving the signed-in area. */
    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/template", "/report", "/export",
            "/documents/", "/pdfs/", "/scans/", "/photo", "/captcha", "lang=", "/camunda", "/engine-rest");
    /** Path segments that name one record: ids, dates, document ids (a digit), model element ids (Task_...). */
    private static final Pattern ID_SEGMENT = Pattern.compile("/([^/?]*\\d[^/?]*|[A-Z][A-Za-z]*_[A-Za-z_]+)(?=/|\\?|$)");
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    /** Who walks, where they start and how far links may lead them. */
    enum Visitor {
        ANONYMOUS(List.of("/login", "/register", "/password/forgot", "/verify", "/terms", "/staff/login")),
        PASSWORD_RESET(List.of()),
        APPLICANT(List.of("/home", "/cases", "/apply/", "/messages", "/realname", "/clearance")),
        GRADUATE(List.of("/home", "/cases", "/apply/", "/messages", "/realname", "/clearance")),
        STAFF(List.of("/staff/"));

        final List<String> area;

        Visitor(List<String> area) {
            this.area = area;
        }
    }

    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRepository<? extends Session> sessions;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    ClearanceService clearance;
    @Autowired
    ArchiveService archive;
    @Autowired
    Messages messages;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Visitor.class)
    void noFormAnswersHostileInputWithAServerError(Visitor visitor, CapturedOutput output) throws Exception {
        // The visitor's own data first (outside the log window: models of other procedures may log while it runs).
        RequestPostProcessor identity = switch (visitor) {
            case ANONYMOUS, PASSWORD_RESET -> null;
            case APPLICANT -> applicant(applicants.create("巡检申请人"));
            case GRADUATE -> applicant(graduateWithAnApplication());
            case STAFF -> staff();
        };
        List<String> entries = switch (visitor) {
            case ANONYMOUS -> List.of("/", "/login", "/register", "/password/forgot", "/verify", "/staff/login", "/terms");
            case PASSWORD_RESET -> List.of();
            case APPLICANT -> List.of("/home", "/cases", "/realname", "/messages", "/apply/archive", "/clearance");
            case GRADUATE -> List.of("/home", "/cases", "/apply/archive", "/apply/archive/ratings",
                    "/messages", "/clearance", "/realname");
            case STAFF -> staffEntryPages();
        };
        int logStart = output.getOut().length();
        long started = System.nanoTime();
        Walk walk = visitor == Visitor.PASSWORD_RESET ? passwordReset() : crawl(visitor, identity, entries);
        walk.walkPending();
        log.info("{}: {} pages, {} forms, {} requests in {} ms", visitor, walk.pages.size(), walk.forms.size(),
                walk.requests, (System.nanoTime() - started) / 1_000_000);

        List<String> errors = output.getOut().substring(logStart).lines()
                .filter(line -> line.contains(" ERROR ")).toList();
        assertThat(walk.forms).as("forms found by " + visitor).isNotEmpty();
        assertThat(walk.failures).as("server errors answering hostile input").isEmpty();
        assertThat(errors).as("ERROR lines logged for a person's mistakes").isEmpty();
    }

    // ------------------------------------------------------------------------------------------ visitors

    /** Crawls from the entry pages, then leaves the forms found to the caller. */
    private Walk crawl(Visitor visitor, RequestPostProcessor identity, List<String> entries) throws Exception {
        Walk walk = new Walk(visitor, new Client(identity));
        Deque<String> queue = new ArrayDeque<>(entries);
        Set<String> queued = new LinkedHashSet<>();
        entries.forEach(url -> queued.add(pageKey(url)));
        while (!queue.isEmpty() && walk.pages.size() < MAX_PAGES) {
            String url = queue.poll();
            String html = walk.page(url);
            if (html == null) {
                continue;
            }
            for (String link : HtmlForms.links(html)) {
                if (follows(visitor, link) && queued.add(pageKey(link))) {
                    queue.add(link);
                }
            }
        }
        return walk;
    }

    /**
     * 找回密码 is a flow kept in the session: each step's page is only shown once the steps before it are done,
     * so the walk goes through the flow with a real account and walks each step's form where it stands.
     */
    private Walk passwordReset() throws Exception {
        ApplicantPrincipal account = applicants.create("巡检找回");
        String mobile = accounts.get(account.applicantId()).getMobile();
        Walk walk = new Walk(Visitor.PASSWORD_RESET, new Client(null));
        Client client = walk.client;

        client.perform(get("/password/forgot"));
        client.perform(get("/captcha"));
        client.perform(post("/password/forgot").with(csrf()).param("username", mobile)
                .param("captcha", CaptchaAnswers.of(client.session())));
        walk.walkPageNow("/password/method");

        client.perform(post("/password/method").with(csrf()).param("channel", "MOBILE"));
        walk.walkPageNow("/password/code");

        client.perform(post("/password/code").with(csrf()).param("code", "000000").param("action", "verify"));
        client.perform(post("/password/code").with(csrf()).param("action", "resend"));
        String code = codeSentTo(mobile);
        client.perform(post("/password/code").with(csrf()).param("code", code).param("action", "verify"));
        walk.walkPageNow("/password/new");
        return walk;
    }

    /**
     * A verified graduate with one archive application (a transcript copy, which needs no scan), so that the
     * application's page and the staff case page have their forms. Should the archive rules refuse this
     * minimal application one day, the walk goes on without it.
     */
    private ApplicantPrincipal graduateWithAnApplication() {
        ApplicantPrincipal graduate = applicants.createVerifiedGraduate("巡检毕业生", true);
        try {
            ApplicationForm form = archive.newForm(graduate.applicantId(), ArchiveServiceType.ACADEMIC_RECORD,
                    StudyStage.UNDERGRADUATE, null);
            form.getItems().get(0).setSelected(true);
            archive.submit(graduate, form);
            runJobs();
        } catch (RuntimeException refused) {
            log.warn("The walk goes on without an archive application: {}", refused.toString());
        }
        return graduate;
    }

    /** An administrator in every role, with a clearance plan of their own, launched, so checkpoint pages exist. */
    private List<String> staffEntryPages() {
        long planId = clearance.createPlan("巡检方案-" + System.nanoTime(), ClearanceFixtures.ADMIN).id();
        clearance.importStudents(planId, "名单.xlsx",
                ClearanceFixtures.studentsWorkbook(List.of(ClearanceFixtures.master("巡检学生"))), ClearanceFixtures.ADMIN);
        clearance.launchAndWait(planId, ClearanceFixtures.ADMIN);
        List<String> entries = new ArrayList<>(List.of("/staff", "/staff/clearance", "/staff/clearance/plans/" + planId,
                "/staff/clearance/plans/" + planId + "/students", "/staff/clearance/plans/" + planId + "/statistics",
                "/staff/clearance/plans/" + planId + "/handover", "/staff/clearance/students"));
        for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
            entries.add("/staff/clearance/plans/" + planId + "/checkpoints/" + checkpoint.id());
        }
        entries.addAll(List.of("/staff/admin/calendar", "/staff/admin/audit", "/staff/admin/outbox", "/staff/registry",
                "/staff/archive", "/staff/archive/ratings"));
        return entries;
    }

    private static RequestPostProcessor applicant(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }

    private static RequestPostProcessor staff() {
        List<String> groups = new ArrayList<>(List.of(StaffRoles.ADMINISTRATORS));
        groups.addAll(StaffRoles.QUEUES.keySet());
        groups.addAll(List.of("clearanceLibrary", "clearanceFinance", "clearanceDepartmentAffairs",
                "clearanceDepartmentSecretary", "clearanceDormitory", "clearanceHandover"));
        List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF", "ROLE_ADMIN"));
        groups.forEach(group -> authorities.add("GROUP_" + group));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "系统管理员", groups), null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }

    private static boolean follows(Visitor visitor, String link) {
        return visitor.area.stream().anyMatch(link::startsWith) && NOT_FOLLOWED.stream().noneMatch(link::contains);
    }

    /** Pages that differ only in ids or parameter values are one page to the walk. */
    private static String pageKey(String url) {
        int q = url.indexOf('?');
        String path = ID_SEGMENT.matcher(q < 0 ? url : url.substring(0, q)).replaceAll("/#");
        if (q < 0) {
            return path;
        }
        return path + "?" + new TreeSet<>(UriComponentsBuilder.fromUriString(url).build().getQueryParams().keySet());
    }

    /** Forms sent to the same handler are one form to the walk (the archive form of each service, say). */
    private static String formKey(Form form) {
        return form.method() + " " + pageKey(form.action());
    }

    private String codeSentTo(String address) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(address)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + address);
    }

    // ------------------------------------------------------------------------------------------ the walk

    /** One visitor's walk: pages seen, forms found, requests sent, what went wrong. */
    private final class Walk {

        final Visitor visitor;
        final Client client;
        final Set<String> pages = new LinkedHashSet<>();
        final List<Form> forms = new ArrayList<>();
        final Deque<Form> pending = new ArrayDeque<>();
        final Set<String> formKeys = new LinkedHashSet<>();
        final List<String> failures = new ArrayList<>();
        int requests;

        Walk(Visitor visitor, Client client) {
            this.visitor = visitor;
            this.client = client;
        }

        /** Loads a page; answers its HTML (null if it is not an HTML page) and keeps its new forms. */
        String page(String url) throws Exception {
            URI uri = uri(url);
            if (uri == null) {
                return null;
            }
            MvcResult result = send("GET " + url, get(uri));
            pages.add(url);
            String type = result.getResponse().getContentType();
            if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                return null;
            }
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            for (Form form : HtmlForms.forms(html, url)) {
                if (!form.action().endsWith("/logout") && formKeys.add(formKey(form))) {
                    forms.add(form);
                    pending.add(form);
                }
            }
            return html;
        }

        /** For flows: the page's forms are walked at once, while the flow stands at this step. */
        void walkPageNow(String url) throws Exception {
            page(url);
            walkPending();
        }

        void walkPending() throws Exception {
            while (!pending.isEmpty()) {
                submitVariants(pending.poll());
            }
        }

        void submitVariants(Form form) throws Exception {
            for (Variant variant : HostileVariants.of(form, MAX_VARIANTS_PER_FORM)) {
                if (requests >= MAX_REQUESTS) {
                    return;
                }
                MockHttpServletRequestBuilder request = request(form, variant);
                if (request == null) {
                    continue;
                }
                String label = form.method().toUpperCase() + " " + form.action() + " — " + variant.label();
                MvcResult result = send(label, request);
                if (variant.shape() == Shape.TYPED_TOO_LONG && form.method().equals("post")) {
                    expectTheFormAgain(label, result);
                }
                String location = result.getResponse().getRedirectedUrl();
                if (location != null && location.startsWith("/") && !location.startsWith("//")) {
                    URI target = uri(location);
                    if (target != null) {
                        send("GET " + location + " after " + form.action() + " — " + variant.label(), get(target));
                    }
                }
            }
        }

        /**
         * Too much text in a field a person types into: the form again (or a redirect to it) with the text as
         * typed — never an error page, which would lose what was typed.
         */
        private void expectTheFormAgain(String label, MvcResult result) throws Exception {
            int status = result.getResponse().getStatus();
            if (status >= 300 && status < 400) {
                return;
            }
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!body.contains("<form") || !body.contains(HostileVariants.LONG.substring(0, 40))) {
                failures.add(visitor + ": " + printable(label) + " → " + status + " without the form and the text typed");
            }
        }

        private MockHttpServletRequestBuilder request(Form form, Variant variant) {
            URI uri = uri(UriComponentsBuilder.fromUriString(form.action()).replaceQueryParam("_csrf").build().toUriString());
            if (uri == null) {
                return null;
            }
            boolean isGet = form.method().equals("get");
            MockHttpServletRequestBuilder request = switch (variant.shape()) {
                case WRONG_METHOD -> isGet ? post(uri) : form.multipart() ? multipart(HttpMethod.PUT, uri) : put(uri);
                case JSON_BODY -> post(uri).contentType(MediaType.APPLICATION_JSON).content("{\"x\":");
                case FILE_NAME_NUL -> multipart(uri).file(new MockMultipartFile(variant.fileField(), "scan\u0000.png",
                        "image/png", TestFiles.png()));
                case NO_FIELDS, FORM, TYPED_TOO_LONG -> isGet ? get(uri) : form.multipart() ? multipart(uri) : post(uri);
            };
            variant.params().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            return request.with(csrf());
        }

        private MvcResult send(String label, MockHttpServletRequestBuilder request) throws Exception {
            requests++;
            MvcResult result = client.perform(request);
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (status >= 500 || body.contains(messages.get("error.unexpected"))) {
                failures.add(visitor + ": " + printable(label) + " → " + status);
            }
            return result;
        }

        private static String printable(String label) {
            String shown = label.replace("\u0000", "\\0");
            return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
        }
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A browser for MockMvc: its own network address (so throttles keyed by client never meet other tests), the
     * web session's cookie carried from response to request, and the signed-in identity if any.
     */
    private final class Client {

        private final RequestPostProcessor identity;
        private final String address = "10.77." + (CLIENTS.incrementAndGet() % 250) + "." + (1 + (System.nanoTime() % 250));
        private Cookie session;

        Client(RequestPostProcessor identity) {
            this.identity = identity;
        }

        MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            if (identity != null) {
                request.with(identity);
            }
            if (session != null) {
                request.cookie(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            Cookie fresh = result.getResponse().getCookie("SESSION");
            if (fresh != null) {
                session = fresh.getMaxAge() == 0 ? null : fresh;
            }
            return result;
        }

        Session session() {
            String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
            return sessions.findById(id);
        }
    }
}
