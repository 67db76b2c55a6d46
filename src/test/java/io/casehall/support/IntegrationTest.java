package io.casehall.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

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

    /** The job executor is off in tests: run what is due, as the executor would, until nothing is left. */
    protected void runJobs() {
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
