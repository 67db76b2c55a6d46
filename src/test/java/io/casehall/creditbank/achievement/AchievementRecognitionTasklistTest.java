package io.casehall.creditbank.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.audit.AuditEventRepository;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Recognition over real HTTP: an institution stores an achievement and applies; the credit bank's staff member sees
 * the task in Tasklist (the institution does not), a 不通过 without a reason is refused with the Chinese message, and
 * the decision with its reason comes back to the institution's details page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class AchievementRecognitionTasklistTest {

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    TaskService taskService;
    @Autowired
    AuditEventRepository audit;

    @Test
    void theCreditBankDecidesInTasklistAndTheInstitutionReadsTheOutcome() {
        TestInstitutions.Registered school = institutions.registered("湖南化工职业技术学院" + UniqueData.schoolCode());
        Browser institution = new Browser(port);
        institution.submitForm("/institution/login", "/institution/login",
                Map.of("username", school.adminLogin(), "password", TestInstitutions.PASSWORD));

        String name = "化工原理课程" + UniqueData.schoolCode();
        String form = "/institution/achievements/new/VOCATIONAL_COURSE";
        HttpResponse<String> stored = institution.submitForm(form, form, Map.of("name", name, "issuer",
                school.institution().getName(), "originalHours", "48", "originalCredits", "3", "introduction", "化工原理"));
        String details = stored.headers().firstValue("Location").orElseThrow();
        assertThat(details).matches(".*/institution/achievements/\\d+");
        long id = Long.parseLong(details.replaceAll(".*/", ""));
        institution.submitForm("/institution/achievements/" + id, "/institution/achievements/" + id + "/recognition",
                Map.of());
        assertThat(achievements.findById(id).orElseThrow().getRecognition()).isEqualTo(RecognitionStatus.RECOGNISING);

        String query = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + AchievementRecognitionProcess.businessKey(id);
        assertThat(institution.get(query).body()).doesNotContain(name);

        Browser staff = new Browser(port);
        staff.staffLogin("creditbank", "Credit2026");
        HttpResponse<String> tasks = staff.get(query);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("成果认定：" + name);

        Task task = taskService.createTaskQuery()
                .processInstanceBusinessKey(AchievementRecognitionProcess.businessKey(id)).singleResult();
        String submit = "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form";
        HttpResponse<String> withoutReason = staff.webappJson("POST", submit,
                "{\"variables\":{\"recognitionDecision\":{\"value\":\"不通过\",\"type\":\"String\"}}}");
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("认定不通过时请写明原因");

        HttpResponse<String> decided = staff.webappJson("POST", submit,
                "{\"variables\":{\"recognitionDecision\":{\"value\":\"不通过\",\"type\":\"String\"},"
                        + "\"recognitionRemark\":{\"value\":\"原始学分与学时不符\",\"type\":\"String\"}}}");
        assertThat(decided.statusCode()).isEqualTo(204);

        Achievement after = achievements.findById(id).orElseThrow();
        assertThat(after.getRecognition()).isEqualTo(RecognitionStatus.UNRECOGNISED);
        assertThat(after.getRecognitionRemark()).isEqualTo("原始学分与学时不符");
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("creditbank-achievement", String.valueOf(id)))
                .anyMatch(e -> e.getAction().equals("CREDITBANK_ACHIEVEMENT_NOT_RECOGNISED")
                        && "creditbank".equals(e.getActorId()));
        assertThat(institution.get("/institution/achievements/" + id).body())
                .contains("原始学分与学时不符", "未认定", "申请认定");
    }
}
