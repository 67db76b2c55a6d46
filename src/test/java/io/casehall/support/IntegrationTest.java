package io.casehall.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the HTTP integration suite: the whole application with MockMvc, on H2 by default and on
 * embedded PostgreSQL when {@code -Dcasehall.test.db=postgres}. Contexts are shared, so tests create
 * their own data (unique phone numbers, student numbers) instead of expecting an empty database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ManagementService managementService;

    /**
     * A POST followed to the page it redirects to (post/redirect/get), as the same user and with the POST's
     * session cookie, because the flash message travels in the (JDBC) session.
     */
    protected ResultActions followRedirect(ResultActions post, RequestPostProcessor as) throws Exception {
        MvcResult result = post.andExpect(status().is3xxRedirection()).andReturn();
        MockHttpServletRequestBuilder next = get(result.getResponse().getRedirectedUrl()).with(as);
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        return mvc.perform(next);
    }

    /** The job executor is off in tests: run what is due, as the executor would, until nothing is left. */
    protected void runJobs() {
        runJobs(managementService);
    }

    /** The same for any engine: the browser journeys share it. */
    public static void runJobs(ManagementService managementService) {
        for (int round = 0; round < 20; round++) {
            var jobs = managementService.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                managementService.executeJob(job.getId());
            }
        }
    }
}
