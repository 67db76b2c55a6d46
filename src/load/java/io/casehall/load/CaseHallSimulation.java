package io.casehall.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CaseHall under concurrent users ({@code mvn -Pload verify}): 50 applicants, each with their own account, sign in
 * to the portal and browse (home, 我的消息, 我的办件 and one of their applications, 离校进度); 20 staff sign
 * in to the console, open their queues, a clearance checkpoint page and a student search (or the archive desk's
 * list and an application), then Tasklist: the filters with their counts, their queue, and a task with its form,
 * as the Tasklist app calls the webapp API. Ramp-up, then a steady phase with think times like a person's.
 * <p>
 * Waits for {@link LoadServer} (the file {@code ready} in {@code load.dir}) and reads its accounts. Assertions:
 * p95 ≤ 100 ms for every request type, no failed request.
 */
public class CaseHallSimulation extends Simulation {

    private static final Path DIR = Path.of(System.getProperty("load.dir", "target/load"));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 30));
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("load.steady", 150));
    private static final String BASE_URL = waitForServer();

    /** What Tasklist posts for a filter's list (its default sorting, no variables shown). */
    private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
            + "\"active\":true}";
    private static final String API = "/camunda/api/engine/engine/default";

    private static String waitForServer() {
        Path ready = DIR.resolve("ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(Long.getLong("load.wait-minutes", 40)).toNanos();
        try {
            while (!Files.exists(ready)) {
                if (Files.exists(DIR.resolve("failed"))) {
                    throw new IllegalStateException("the load server failed: "
                            + Files.readString(DIR.resolve("failed"), StandardCharsets.UTF_8));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the load server did not get ready: " + ready);
                }
                Thread.sleep(1000);
            }
            return Files.readString(ready, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] values = line.split(",", -1);
                Map<String, Object> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(1500), Duration.ofMillis(4000));
    }

    // ---------------------------------------------------------------- applicants

    /** A login form: GET it (its CSRF token), a person's pause, POST it, land on {@code landing}. */
    private static ChainBuilder signIn(String side, String path, String landing, String userColumn) {
        return exec(http(side + ": GET " + path).get(path)
                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http(side + ": POST " + path).post(path)
                        .formParam("username", "#{" + userColumn + "}").formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(l -> l.endsWith(landing)).is(true)));
    }

    private final ChainBuilder portalSignIn = signIn("portal", "/login", "/home", "login");

    private final ChainBuilder portalBrowse = exec(
            http("portal: GET /home").get("/home").check(substring("#{studentNo}").optional()))
            .exec(think())
            .exec(http("portal: GET /messages (我的消息)").get("/messages"))
            .exec(think())
            .exec(http("portal: GET /cases (我的办件)").get("/cases")
                    .check(substring("/apply/archive/applications/#{applicationId}"))
                    .check(substring("#{studentNo}")))
            .exec(think())
            .exec(http("portal: GET /apply/archive/applications/{id}").get("/apply/archive/applications/#{applicationId}"))
            .exec(think())
            .exec(http("portal: GET /clearance (离校进度)").get("/clearance").check(substring("#{studentNo}")));

    private final ScenarioBuilder applicants = scenario("applicants")
            .feed(listFeeder(rows("applicants.csv")).circular())
            .exec(portalSignIn)
            .during(STEADY.plus(RAMP)).on(exec(think()).exec(portalBrowse));

    // ---------------------------------------------------------------- staff

    private final ChainBuilder staffSignIn = signIn("staff", "/staff/login", "/staff", "username");

    private final ChainBuilder console = exec(http("staff: GET /staff (queues)").get("/staff"))
            .exec(think())
            .doIfOrElse(session -> !session.getString("checkpointId").isEmpty()).then(
                    exec(http("staff: GET /staff/clearance (plans)").get("/staff/clearance"))
                            .exec(think())
                            .exec(http("staff: GET checkpoint page").get(
                                    "/staff/clearance/plans/#{planId}/checkpoints/#{checkpointId}"))
                            .exec(think())
                            .exec(http("staff: GET checkpoint page ?studentNo= (search)").get(
                                    "/staff/clearance/plans/#{planId}/checkpoints/#{checkpointId}?studentNo=#{studentNo}")
                                    .check(substring("#{studentNo}"))))
            .orElse(
                    exec(http("staff: GET /staff/archive (applications)").get("/staff/archive")
                            .check(regex("/staff/archive/applications/(\\d+)").findRandom().saveAs("archiveId")))
                            .exec(think())
                            .exec(http("staff: GET /staff/archive/applications/{id}").get(
                                    "/staff/archive/applications/#{archiveId}")));

    private final ChainBuilder tasklist = exec(
            http("tasklist: GET /camunda/app/tasklist/default/").get("/camunda/app/tasklist/default/"))
            .exec(getCookieValue(CookieKey("XSRF-TOKEN").withPath("/camunda/app/tasklist/default/").saveAs("xsrf")))
            // Tasklist 7.24 loads its filters without task counts (camunda-tasklist-bootstrap.js: filter count,
            // then pages of 2,000 filters, itemCount=false); the queue's size comes with the queue page.
            .exec(http("tasklist: GET filter/count (filters)").get(API + "/filter/count")
                    .queryParam("itemCount", "false").queryParam("resourceType", "Task")
                    .header("Accept", "application/json"))
            .exec(http("tasklist: GET filter (filter list)").get(API + "/filter")
                    .queryParam("firstResult", "0").queryParam("maxResults", "2000")
                    .queryParam("itemCount", "false").queryParam("resourceType", "Task")
                    .header("Accept", "application/json"))
            .doIf(session -> !session.getString("filterId").isEmpty()).then(
                    exec(http("tasklist: POST filter/{id}/list (queue, 15)")
                            .post(API + "/filter/#{filterId}/list?firstResult=0&maxResults=15")
                            .header("Accept", "application/hal+json")
                            .header("Content-Type", "application/json;charset=UTF-8")
                            .header("X-XSRF-TOKEN", "#{xsrf}")
                            .body(StringBody(TASKLIST_QUERY))
                            .check(jsonPath("$._embedded.task[*].id").findRandom().optional().saveAs("taskId")))
                            .exec(think())
                            .doIf(session -> session.contains("taskId")).then(
                                    exec(http("tasklist: GET task/{id}").get(API + "/task/#{taskId}")
                                            .header("Accept", "application/hal+json"))
                                            .exec(http("tasklist: GET task/{id}/form").get(API + "/task/#{taskId}/form")
                                                    .header("Accept", "application/json")
                                                    .check(jsonPath("$.key").optional().saveAs("formKey"))
                                                    .check(jsonPath("$.camundaFormRef").optional()
                                                            .saveAs("formRef")))
                                            .doIf(session -> session.contains("formRef") || session
                                                    .getString("formKey") != null && session.getString("formKey")
                                                    .startsWith("camunda-forms:")).then(
                                                    exec(http("tasklist: GET task/{id}/deployed-form")
                                                            .get(API + "/task/#{taskId}/deployed-form")
                                                            .header("Accept", "application/json, text/plain, */*")))
                                            .exec(http("tasklist: GET task/{id}/form-variables")
                                                    .get(API + "/task/#{taskId}/form-variables")
                                                    .header("Accept", "application/json"))
                                            .exec(session -> session.removeAll("taskId", "formKey", "formRef"))));

    private final ScenarioBuilder staff = scenario("staff")
            .feed(listFeeder(rows("staff.csv")).circular())
            .exec(staffSignIn)
            .during(STEADY.plus(RAMP)).on(exec(think()).exec(console).exec(think()).exec(tasklist));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("CaseHall load simulation (Gatling)")
            .disableCaching();

    {
        int applicantCount = Integer.getInteger("load.applicants", 50);
        int staffCount = Integer.getInteger("load.staff", 20);
        setUp(applicants.injectOpen(rampUsers(applicantCount).during(RAMP)),
                staff.injectOpen(rampUsers(staffCount).during(RAMP)))
                .protocols(protocol)
                .assertions(forAll().responseTime().percentile(95.0).lte(100),
                        global().failedRequests().count().is(0L));
    }
}
