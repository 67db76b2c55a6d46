package io.casehall.qualification.bench;

import static io.casehall.bench.Benchmarks.check;

import io.casehall.staff.StaffRoles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;

/**
 * A college's review queue read as Tasklist reads it: the REST task query by candidate group, first page of 15, over
 * real HTTP with Basic authentication as a reviewer of that college (a Camunda user in {@code dataChangeApproval} and
 * the college's group), so the engine's authorization checks apply.
 */
final class ReviewQueue {

    static final String REVIEWER = "benchreviewer";
    private static final String PASSWORD = "Bench2026!";

    private final int port;
    private final String collegeGroup;

    ReviewQueue(int port, String collegeGroup) {
        this.port = port;
        this.collegeGroup = collegeGroup;
    }

    void ensureReviewer(IdentityService identity) {
        if (identity.createUserQuery().userId(REVIEWER).count() == 0) {
            User user = identity.newUser(REVIEWER);
            user.setFirstName("基准审核人");
            user.setLastName("");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String group : List.of(StaffRoles.DATA_CHANGE_APPROVAL, collegeGroup)) {
            if (identity.createUserQuery().userId(REVIEWER).memberOfGroup(group).count() == 0) {
                identity.createMembership(REVIEWER, group);
            }
        }
    }

    /**
     * The same query inside the application (no HTTP, no Basic authentication), as the reviewer with their groups,
     * authorization on: what the engine's query costs alone, to split the REST figure.
     */
    List<Double> measureInProcess(IdentityService identity, TaskService tasks, int warmUp, int measured) {
        List<Double> times = new ArrayList<>();
        identity.setAuthentication(REVIEWER, List.of(StaffRoles.DATA_CHANGE_APPROVAL, collegeGroup));
        try {
            for (int i = 0; i < warmUp + measured; i++) {
                long s = System.nanoTime();
                int found = tasks.createTaskQuery().taskCandidateGroup(collegeGroup).listPage(0, 15).size();
                double ms = (System.nanoTime() - s) / 1e6;
                check(found == 15, "in-process query returns a full page, got " + found);
                if (i >= warmUp) {
                    times.add(ms);
                }
            }
        } finally {
            identity.clearAuthentication();
        }
        return times;
    }

    /** Up to {@code measured} timed requests after the warm-up, fewer (at least 10) if the time budget runs out. */
    List<Double> measure(int warmUp, int measured, Duration budget) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString((REVIEWER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/task?candidateGroup=" + collegeGroup + "&firstResult=0&maxResults=15"))
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
        List<Double> times = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < warmUp + measured; i++) {
            if (times.size() >= 10 && System.nanoTime() > deadline) {
                break;
            }
            long s = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - s) / 1e6;
            check(response.statusCode() == 200, "REST answers 200, got " + response.statusCode());
            check(response.body().split("\"id\"", -1).length - 1 >= 15, "REST returns a full page of 15 tasks: "
                    + response.body().substring(0, Math.min(300, response.body().length())));
            if (i >= warmUp) {
                times.add(ms);
            }
        }
        return times;
    }
}
