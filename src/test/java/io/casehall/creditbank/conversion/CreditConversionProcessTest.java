package io.casehall.creditbank.conversion;

import static io.casehall.creditbank.conversion.CreditConversionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Holder;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions.Registered;
import io.casehall.creditbank.conversion.ConversionCandidates.Filter;
import io.casehall.creditbank.conversion.ConversionDecisions.Decision;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.support.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code creditConversion} through the real services: a learner's application passed and failed, a
 * batch decided partly on the review page and the rest in Tasklist, a rule withdrawn while applications are pending,
 * and a second approval step added by redeploying the model (no code).
 */
class CreditConversionProcessTest extends IntegrationTest {

    @Autowired TestConversions conversions;
    @Autowired TestApplicants applicants;
    @Autowired ConversionApplications applications;
    @Autowired ConversionApplicationRepository applicationRepository;
    @Autowired ConversionItemRepository items;
    @Autowired ConversionReviewRepository reviews;
    @Autowired ConversionDecisions decisions;
    @Autowired ConversionRuleRepository rules;
    @Autowired InstitutionDirectory directory;
    @Autowired NotificationService notifications;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLearnersApplicationPassedIsConvertedAndTheLearnerIsTold() {
        Scenario s = conversions.scenario(1);
        ApplicantPrincipal learner = learnerOf(s.holders().get(0));

        ConversionApplications.Outcome outcome = applications.applyAsLearner(learner, s.rule().getId());
        Task task = taskOf(outcome.applicationId());
        assertThat(task.getTenantId()).as("the receiving institution's tenant").isEqualTo(s.target().institution().getTenantId());
        assertThat(task.getName()).contains(s.rule().getCode()).contains(s.holders().get(0).name()).contains("1人");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("creditConversionApproval")
                .count()).isEqualTo(1);

        complete(task, approverOf(s.target()), Map.of(VAR_DECISION, DECISION_PASSED));

        ConversionItem item = onlyItem(outcome.applicationId());
        assertThat(item.getStatus()).isEqualTo(ConversionItemStatus.PASSED);
        assertThat(item.getDecidedBy()).isNotBlank();
        assertThat(applicationRepository.findById(outcome.applicationId()).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.DECIDED);
        assertThat(notifications.inboxOf(learner.applicantId())).anySatisfy(m -> {
            assertThat(m.getBody()).contains(s.rule().getCode()).contains("转换成功");
            assertThat(m.getLink()).isEqualTo("/conversions");
        });
        assertThat(messagesOf(s.target())).as("the receiving institution hears of it").isPositive();

        assertThatThrownBy(() -> applications.applyAsLearner(learner, s.rule().getId()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("creditbank.conversion.refused.alreadyConverted");
    }

    @Test
    void aLearnersApplicationFailedNeedsAReasonAndKeepsIt() {
        Scenario s = conversions.scenario(1);
        ApplicantPrincipal learner = learnerOf(s.holders().get(0));
        Long applicationId = applications.applyAsLearner(learner, s.rule().getId()).applicationId();
        assertThatThrownBy(() -> applications.applyAsLearner(learner, s.rule().getId()))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("creditbank.conversion.refused.alreadyPending");
        Task task = taskOf(applicationId);
        InstitutionPrincipal approver = approverOf(s.target());

        assertThatThrownBy(() -> complete(task, approver, Map.of(VAR_DECISION, DECISION_NOT_PASSED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不通过原因");
        assertThatThrownBy(() -> complete(task, approver, Map.of(VAR_DECISION, DECISION_NOT_PASSED,
                VAR_REASON, "很".repeat(501)))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("500");
        assertThat(onlyItem(applicationId).getStatus()).as("nothing changed").isEqualTo(ConversionItemStatus.PENDING);

        complete(task, approver, Map.of(VAR_DECISION, DECISION_NOT_PASSED, VAR_REASON, "证书等级低于规则要求"));
        ConversionItem item = onlyItem(applicationId);
        assertThat(item.getStatus()).isEqualTo(ConversionItemStatus.FAILED);
        assertThat(item.getReason()).isEqualTo("证书等级低于规则要求");
        assertThat(notifications.inboxOf(learner.applicantId())).anySatisfy(m -> {
            assertThat(m.getBody()).contains("证书等级低于规则要求");
        });
    }

    @Test
    void aLearnerWithoutTheSourceAchievementIsRefusedByTheTable() {
        Scenario s = conversions.scenario(0);
        ApplicantPrincipal stranger = applicants.createVerifiedGraduate("没有证书", false);
        assertThatThrownBy(() -> applications.applyAsLearner(stranger, s.rule().getId()))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("creditbank.conversion.refused.sourceMissing");
        ConversionRule draft = conversions.rule(s.target(), List.of(s.certificateId()), s.majorId(), s.courseId(), false);
        assertThatThrownBy(() -> applications.applyAsLearner(stranger, draft.getId()))
                .as("a draft rule is nobody's to apply for").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBatchIsDecidedPerLearnerPartlyOnThePageAndTheRestInTasklist() {
        Scenario s = conversions.scenario(3);
        InstitutionPrincipal sourceAdmin = adminOf(s.source());
        ConversionApplications.Outcome outcome = applications.applyForBatch(sourceAdmin, s.rule().getId(), List.of(),
                Filter.NONE);
        assertThat(outcome.accepted()).isEqualTo(3);
        assertThat(applications.applyForBatch(sourceAdmin, s.rule().getId(), List.of(), Filter.NONE).refused())
                .as("applying again refuses all three as pending").containsEntry("creditbank.conversion.refused.alreadyPending", 3);
        Task task = taskOf(outcome.applicationId());
        assertThat(task.getName()).contains("批量学员转换").contains("3人");
        List<ConversionItem> three = items.findByApplicationIdOrderByIdAsc(outcome.applicationId());
        InstitutionPrincipal approver = approverOf(s.target());

        int decided = decisions.decide(outcome.applicationId(), List.of(three.get(0).getId()), new Decision(
                TASK_APPROVE, task.getName(), false, "颁证日期早于规则有效期", approver.userId(), approver.displayName()));
        assertThat(decided).isEqualTo(1);
        assertThat(items.findById(three.get(0).getId()).orElseThrow().getStatus()).isEqualTo(ConversionItemStatus.FAILED);
        assertThat(decisions.undecidedAt(outcome.applicationId(), TASK_APPROVE)).isEqualTo(2);

        complete(task, approver, Map.of(VAR_DECISION, DECISION_PASSED));

        List<ConversionItem> after = items.findByApplicationIdOrderByIdAsc(outcome.applicationId());
        assertThat(after).extracting(ConversionItem::getStatus).containsExactly(ConversionItemStatus.FAILED,
                ConversionItemStatus.PASSED, ConversionItemStatus.PASSED);
        assertThat(after).allSatisfy(item -> assertThat(reviews.findByItemIdOrderByIdAsc(item.getId()))
                .as("one review per learner").hasSize(1));
        assertThat(reviews.findByItemIdOrderByIdAsc(after.get(0).getId()).get(0).getReason())
                .isEqualTo("颁证日期早于规则有效期");
        assertThat(messagesOf(s.source())).as("the initiating institution hears of it").isPositive();
    }

    @Test
    void aRuleWithdrawnWhilePendingStillHasItsApplicationsDecidedUnderIt() {
        Scenario s = conversions.scenario(2);
        ConversionApplications.Outcome outcome = applications.applyForBatch(adminOf(s.source()), s.rule().getId(),
                List.of(s.holders().get(0).learnerAchievementId()), Filter.NONE);
        assertThat(outcome.accepted()).isEqualTo(1);
        ConversionRule rule = rules.findById(s.rule().getId()).orElseThrow();
        rule.withdraw(Instant.now());
        rules.save(rule);

        assertThatThrownBy(() -> applications.applyForBatch(adminOf(s.source()), s.rule().getId(), List.of(),
                Filter.NONE)).as("no new batch under a withdrawn rule").isInstanceOf(NotFoundException.class);
        ApplicantPrincipal learner = learnerOf(s.holders().get(1));
        assertThatThrownBy(() -> applications.applyAsLearner(learner, s.rule().getId()))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("creditbank.conversion.refused.ruleNotPublished");

        complete(taskOf(outcome.applicationId()), approverOf(s.target()), Map.of(VAR_DECISION, DECISION_PASSED));
        assertThat(onlyItem(outcome.applicationId()).getStatus()).as("decided under the rule as applied")
                .isEqualTo(ConversionItemStatus.PASSED);
    }

    @Test
    void aSecondApprovalStepAddedInTheModelerWorksWithoutCode() throws Exception {
        String model;
        try (InputStream in = getClass().getResourceAsStream("/processes/credit-conversion.bpmn")) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withDean = model
                .replace("<bpmn:sequenceFlow id=\"Flow_ToRecord\" sourceRef=\"Task_ApproveConversion\"",
                        "<bpmn:userTask id=\"Task_DeanApproval\" name=\"院长复核：${ruleCode}\""
                                + " camunda:candidateGroups=\"creditConversionDean\" camunda:formRef=\"creditConversionReview\""
                                + " camunda:formRefBinding=\"latest\"><bpmn:extensionElements>"
                                + "<camunda:taskListener delegateExpression=\"${conversionReviewListener}\" event=\"complete\" />"
                                + "</bpmn:extensionElements><bpmn:incoming>Flow_ToRecord</bpmn:incoming>"
                                + "<bpmn:outgoing>Flow_DeanToRecord</bpmn:outgoing></bpmn:userTask>"
                                + "<bpmn:sequenceFlow id=\"Flow_DeanToRecord\" sourceRef=\"Task_DeanApproval\" targetRef=\"Task_RecordResults\" />"
                                + "<bpmn:sequenceFlow id=\"Flow_ToRecord\" sourceRef=\"Task_ApproveConversion\"")
                .replace("targetRef=\"Task_RecordResults\" />\n    <bpmn:sequenceFlow id=\"Flow_ToEnd\"",
                        "targetRef=\"Task_DeanApproval\" />\n    <bpmn:sequenceFlow id=\"Flow_ToEnd\"")
                .replace("<bpmn:incoming>Flow_ToRecord</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>",
                        "<bpmn:incoming>Flow_DeanToRecord</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>")
                .replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");
        assertThat(withDean).contains("Task_DeanApproval").isNotEqualTo(model);
        Deployment deployment = repository.createDeployment().name("dean approval")
                .addString("credit-conversion.bpmn", withDean).deploy();
        try {
            Scenario s = conversions.scenario(2);
            ConversionApplications.Outcome outcome = applications.applyForBatch(adminOf(s.source()), s.rule().getId(),
                    List.of(), Filter.NONE);
            InstitutionPrincipal approver = approverOf(s.target());
            complete(taskOf(outcome.applicationId()), approver, Map.of(VAR_DECISION, DECISION_PASSED));

            Task dean = taskOf(outcome.applicationId());
            assertThat(dean.getTaskDefinitionKey()).isEqualTo("Task_DeanApproval");
            assertThat(taskService.createTaskQuery().taskId(dean.getId()).taskCandidateGroup("creditConversionDean")
                    .count()).isEqualTo(1);
            assertThat(items.findByApplicationIdOrderByIdAsc(outcome.applicationId()))
                    .as("passed by the approver, still under review").extracting(ConversionItem::getStatus)
                    .containsOnly(ConversionItemStatus.PENDING);

            List<ConversionItem> two = items.findByApplicationIdOrderByIdAsc(outcome.applicationId());
            decisions.decide(outcome.applicationId(), List.of(two.get(1).getId()), new Decision("Task_DeanApproval",
                    dean.getName(), false, "院长复核：学时不足", "dean", "院长"));
            complete(dean, approver, Map.of(VAR_DECISION, DECISION_PASSED));

            List<ConversionItem> after = items.findByApplicationIdOrderByIdAsc(outcome.applicationId());
            assertThat(after).extracting(ConversionItem::getStatus)
                    .containsExactly(ConversionItemStatus.PASSED, ConversionItemStatus.FAILED);
            assertThat(reviews.findByItemIdOrderByIdAsc(after.get(1).getId())).extracting(ConversionReview::getStep)
                    .containsExactly(TASK_APPROVE, "Task_DeanApproval");
            assertThat(after.get(1).getReason()).isEqualTo("院长复核：学时不足");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private ApplicantPrincipal learnerOf(Holder holder) {
        ApplicantPrincipal learner = applicants.createVerifiedGraduate(holder.name(), false);
        conversions.activate(holder, learner.applicantId());
        return learner;
    }

    private InstitutionPrincipal adminOf(Registered institution) {
        return directory.principalOf(directory.user(institution.adminLogin()).orElseThrow());
    }

    /** The registering administrator is also in creditConversionApproval. */
    private InstitutionPrincipal approverOf(Registered institution) {
        return adminOf(institution);
    }

    private Task taskOf(Long applicationId) {
        String instance = applicationRepository.findById(applicationId).orElseThrow().getProcessInstanceId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private void complete(Task task, InstitutionPrincipal as, Map<String, Object> variables) {
        taskService.setAssignee(task.getId(), as.userId());
        taskService.complete(task.getId(), variables);
    }

    private ConversionItem onlyItem(Long applicationId) {
        List<ConversionItem> found = items.findByApplicationIdOrderByIdAsc(applicationId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private int messagesOf(Registered institution) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE user_id = ? AND link LIKE ?",
                Integer.class, institution.adminLogin(), "/institution/conversion/records%");
    }
}
