package io.casehall.creditbank.conversion.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.conversion.ApplicationStatus;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionApplications;
import io.casehall.creditbank.conversion.ConversionCandidates;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.CreditConversionProcess;
import io.casehall.support.Browser;
import io.casehall.support.TestDatabase;
import io.casehall.support.UniqueData;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The approval step in Tasklist over real HTTP: the receiving institution's approver sees the task and completes it
 * (every learner not decided yet passes); another institution's approver neither sees nor completes it; a 不通过
 * without a reason sent straight to REST is refused with the Chinese message and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class ConversionTasklistTenantTest {

    private static final String TASKS = "/camunda/api/engine/engine/default/task";

    @LocalServerPort
    int port;

    @Autowired
    TestConversions conversions;
    @Autowired
    TestInstitutions institutions;
    @Autowired
    ConversionApplications applications;
    @Autowired
    ConversionApplicationRepository applicationRepository;
    @Autowired
    ConversionItemRepository items;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheReceivingInstitutionsApproverSeesAndCompletesTheTask() {
        Scenario s = conversions.scenario(2);
        Long applicationId = applications.applyForBatch(directory.principalOf(directory.user(s.source().adminLogin())
                .orElseThrow()), s.rule().getId(), null, ConversionCandidates.Filter.NONE).applicationId();
        String query = TASKS + "?processInstanceBusinessKey=" + CreditConversionProcess.businessKey(applicationId);
        Task task = taskService.createTaskQuery()
                .processInstanceBusinessKey(CreditConversionProcess.businessKey(applicationId)).singleResult();
        String complete = TASKS + "/" + task.getId() + "/complete";

        Browser approver = signIn(s.target().adminLogin());
        HttpResponse<String> mine = approver.get(query);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(task.getId(), "转换审核：" + s.rule().getCode());

        Browser other = signIn(institutions.registered("其他学院" + UniqueData.schoolCode()).adminLogin());
        HttpResponse<String> theirs = other.get(query);
        assertThat(theirs.body()).doesNotContain(task.getId());
        HttpResponse<String> stolen = other.webappJson("POST", complete,
                "{\"variables\":{\"conversionDecision\":{\"value\":\"通过\",\"type\":\"String\"}}}");
        assertThat(stolen.statusCode()).isGreaterThanOrEqualTo(300);
        assertUnchanged(applicationId);

        HttpResponse<String> withoutReason = approver.webappJson("POST", complete,
                "{\"variables\":{\"conversionDecision\":{\"value\":\"不通过\",\"type\":\"String\"}}}");
        assertThat(withoutReason.statusCode()).isBetween(400, 599);
        assertThat(withoutReason.body()).contains("审核不通过时请填写不通过原因");
        assertUnchanged(applicationId);

        HttpResponse<String> passed = approver.webappJson("POST", complete,
                "{\"variables\":{\"conversionDecision\":{\"value\":\"通过\"}}}");
        assertThat(passed.statusCode()).isEqualTo(204);
        assertThat(items.findByApplicationIdOrderByIdAsc(applicationId)).extracting(ConversionItem::getStatus)
                .containsOnly(ConversionItemStatus.PASSED).hasSize(2);
        assertThat(applicationRepository.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.DECIDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_conversion_review r JOIN cb_conversion_item i"
                        + " ON i.id = r.item_id WHERE i.application_id = ? AND r.actor = ?", Long.class, applicationId,
                s.target().adminLogin())).isEqualTo(2);
    }

    private void assertUnchanged(Long applicationId) {
        assertThat(applicationRepository.findById(applicationId).orElseThrow().isPending()).isTrue();
        assertThat(items.findByApplicationIdOrderByIdAsc(applicationId)).extracting(ConversionItem::getStatus)
                .containsOnly(ConversionItemStatus.PENDING);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_conversion_review r JOIN cb_conversion_item i"
                + " ON i.id = r.item_id WHERE i.application_id = ?", Long.class, applicationId)).isZero();
        assertThat(taskService.createTaskQuery()
                .processInstanceBusinessKey(CreditConversionProcess.businessKey(applicationId)).count()).isEqualTo(1);
    }

    private Browser signIn(String login) {
        Browser browser = new Browser(port);
        HttpResponse<String> signedIn = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", TestInstitutions.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }
}
