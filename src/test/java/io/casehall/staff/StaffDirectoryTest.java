package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The identity data CaseHall builds at start, on a bare engine. */
@ExtendWith(OutputCaptureExtension.class)
class StaffDirectoryTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

    private ProcessEngine engine;
    private StaffDirectory directory;

    @BeforeEach
    void setUp() {
        engine = engineExtension.getProcessEngine();
        engine.getIdentityService().createUserQuery().list()
                .forEach(u -> engine.getIdentityService().deleteUser(u.getId()));
        engine.getIdentityService().createGroupQuery().list()
                .forEach(g -> engine.getIdentityService().deleteGroup(g.getId()));
        engine.getFilterService().createFilterQuery().list()
                .forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
        directory = new StaffDirectory(engine.getIdentityService(), engine.getAuthorizationService(),
                engine.getFilterService(), engine.getTaskService());
    }

    @Test
    void withoutAConfiguredPasswordTheAdministratorGetsARandomOnePrintedOnce(CapturedOutput output) {
        directory.ensureAdministrators("");
        Matcher printed = Pattern.compile("generated password: (\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(16);
        assertThat(engine.getIdentityService().checkPassword("admin", password)).isTrue();
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("admin").count())
                .isEqualTo(1);

        directory.ensureAdministrators("");
        assertThat(Pattern.compile("generated password").matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(engine.getIdentityService().checkPassword("admin", password)).isTrue();
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        directory.ensureAdministrators("Configured2026");
        assertThat(engine.getIdentityService().checkPassword("admin", "Configured2026")).isTrue();
        assertThat(output.getAll()).doesNotContain("Configured2026");
    }

    @Test
    void aRoleGetsItsGroupTasklistAccessAndOneQueueFilterWhateverTheRestarts() {
        directory.ensureAdministrators("Configured2026");
        directory.ensureRole("realNameReview", "实名认证审核");
        directory.ensureRole("realNameReview", "实名认证审核");
        directory.ensureUser("reviewer", "王审核", "Review2026", List.of("realNameReview"));

        assertThat(engine.getFilterService().createFilterQuery().filterName("实名认证审核").count()).isEqualTo(1);
        var authorizations = engine.getAuthorizationService();
        var configuration = engineExtension.getProcessEngineConfiguration();
        configuration.setAuthorizationEnabled(true);
        try {
            assertThat(authorizations.isUserAuthorized("reviewer", List.of("realNameReview"), Permissions.ACCESS,
                    Resources.APPLICATION, "tasklist")).isTrue();
            assertThat(authorizations.isUserAuthorized("reviewer", List.of("realNameReview"), Permissions.ACCESS,
                    Resources.APPLICATION, "cockpit")).isFalse();
        } finally {
            configuration.setAuthorizationEnabled(false);
        }

        Task offered = engine.getTaskService().newTask();
        offered.setName("审核");
        engine.getTaskService().saveTask(offered);
        engine.getTaskService().addCandidateGroup(offered.getId(), "realNameReview");
        String filterId = engine.getFilterService().createFilterQuery().filterName("实名认证审核").singleResult().getId();
        assertThat(engine.getFilterService().count(filterId)).isEqualTo(1);
        engine.getTaskService().deleteTask(offered.getId(), true);
    }
}
