package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.notification.NotificationService;
import io.casehall.staff.engine.EngineMetrics;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Actuator: who may ask what, and what Prometheus reads (engine queues, incidents, jobs, HTTP, notifications). */
class OperationsEndpointsTest extends IntegrationTest {

    private static final String QUEUE = "opsProbeQueue";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineMetrics engineMetrics;
    @Autowired
    NotificationService notifications;
    @Autowired
    Clock clock;

    @Test
    void probesAnswerAnyoneAndTheNodeIsReadyAfterStart() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                // Anonymous callers see the status only.
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
        // An administrator sees what the readiness is made of.
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "Console2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.startup.status").value("UP"))
                .andExpect(jsonPath("$.components.startup.details.staffDirectory").value(true))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
    }

    @Test
    void prometheusAndInfoOnlyForAdministrators() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(applicant())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("reviewer", "Review2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-nobody", "wrong-password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "Console2026"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(admin())).andExpect(status().isOk());
        // Only health, prometheus and info are exposed.
        mvc.perform(get("/actuator/env").with(admin())).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/metrics").with(admin())).andExpect(status().is4xxClientError());
    }

    @Test
    void httpTimingsArePerRouteTemplateNotPerId() throws Exception {
        mvc.perform(get("/messages/987654321").with(applicant()));

        String metrics = scrape();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/messages/\\{id}\"");
        assertThat(metrics).doesNotContain("uri=\"/messages/987654321\"");
    }

    @Test
    void queuesOverdueTasksIncidentsAndJobsAreCounted() throws Exception {
        Deployment deployment = repositoryService.createDeployment().addModelInstance("ops-probe.bpmn",
                Bpmn.createExecutableProcess("opsProbe").camundaHistoryTimeToLive(1).startEvent()
                        .parallelGateway("fork")
                        .userTask("Task_Review").name("审核").camundaCandidateGroups(QUEUE)
                        .endEvent()
                        .moveToNode("fork")
                        .serviceTask("Task_Broken").camundaAsyncBefore().camundaClass("io.casehall.NoSuchDelegate")
                        .endEvent().done()).deploy();
        try {
            double failedJobsBefore = jobs(scrape(), "failed");
            double incidentsBefore = incidents(refreshedScrape());

            String first = runtimeService.startProcessInstanceByKey("opsProbe").getId();
            runtimeService.startProcessInstanceByKey("opsProbe");
            Task overdue = taskService.createTaskQuery().processInstanceId(first).singleResult();
            overdue.setDueDate(Date.from(clock.instant().minusSeconds(3600)));
            taskService.saveTask(overdue);

            // The broken job of the first instance fails until its retries are used up: an incident.
            Job job = managementService.createJobQuery().processInstanceId(first).singleResult();
            for (int attempt = 0; attempt < 5 && managementService.createJobQuery().jobId(job.getId())
                    .singleResult().getRetries() > 0; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
            }

            String metrics = refreshedScrape();
            assertThat(gauge(metrics, "casehall_engine_tasks_open", "queue", QUEUE)).isEqualTo(2.0);
            assertThat(gauge(metrics, "casehall_engine_tasks_overdue", "queue", QUEUE)).isEqualTo(1.0);
            assertThat(incidents(metrics)).isEqualTo(incidentsBefore + 1);
            assertThat(jobs(metrics, "failed")).isGreaterThan(failedJobsBefore);
            // A role queue is always there, even when empty.
            assertThat(metrics).containsPattern("casehall_engine_tasks_open\\{[^}]*queue=\"archiveClerk\"");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
        // The incident is gone with its instance.
        engineMetrics.refresh();
    }

    @Test
    void notificationDeliveriesAreCountedPerChannel() throws Exception {
        double before = deliveries(scrape(), "SMS", "sent");
        notifications.sendCode(UniqueData.mobile(), "123456", 5, Locale.SIMPLIFIED_CHINESE);

        String metrics = scrape();
        assertThat(deliveries(metrics, "SMS", "sent")).isEqualTo(before + 1);
        // A failure counter exists before the first failure, so that an alert can compare it.
        assertThat(metrics).containsPattern("casehall_notifications_deliveries_total\\{[^}]*channel=\"EMAIL\"[^}]*outcome=\"failed\"");
    }

    private String refreshedScrape() throws Exception {
        engineMetrics.refresh();
        // A queue or incident type seen for the first time is registered by the refresh, so read again.
        return scrape();
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "Console2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static double incidents(String metrics) {
        return gauge(metrics, "casehall_engine_incidents_open", "type", "failedJob");
    }

    private static double jobs(String metrics, String outcome) {
        return gauge(metrics, "casehall_engine_jobs_executed_total", "outcome", outcome);
    }

    private static double deliveries(String metrics, String channel, String outcome) {
        return value(metrics, "casehall_notifications_deliveries_total\\{[^}]*channel=\"" + channel
                + "\"[^}]*outcome=\"" + outcome + "\"[^}]*}");
    }

    private static double gauge(String metrics, String name, String tag, String tagValue) {
        return value(metrics, name + "\\{[^}]*" + tag + "=\"" + Pattern.quote(tagValue) + "\"[^}]*}");
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("series %s in%n%s", series, metrics).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }

    private static RequestPostProcessor applicant() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new ApplicantPrincipal(987_654_321L, "测试申请人"), null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }
}
