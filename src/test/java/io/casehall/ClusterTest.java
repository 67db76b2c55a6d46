package io.casehall;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.Browser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two identical nodes on one PostgreSQL, as docker/compose.yml runs them: a staff member signs in on one
 * node and carries on with the other, because sessions live in the database.
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

    private static ConfigurableApplicationContext startNode(String jdbcUrl) {
        return new SpringApplicationBuilder(CaseHallApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--camunda.bpm.job-execution.enabled=true");
    }
}
