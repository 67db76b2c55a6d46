package io.casehall.qualification.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.qualification.campaign.WindowClosing;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Change without code (a field added to the sensitive-fields table and redeployed now needs proof and approval),
 * and the college window: once its end has passed nobody can decide, and its closing ends undecided requests as
 * EXPIRED (the campaign's closing marks them, the approval instances end through their expiry path).
 */
class QualificationChangeRulesTest extends QualificationPortalWebSupport {

    @Autowired RepositoryService repository;
    @Autowired HistoryService historyService;
    @Autowired ChangeRequestRepository requests;
    @Autowired ChangeDecisions decisions;
    @Autowired WindowClosing closing;
    @Autowired TaskService taskService;

    @Test
    void aFieldAddedToTheRedeployedTableNeedsProofAndApproval() throws Exception {
        Bound b = bound("许晴");
        String table;
        try (InputStream in = getClass().getResourceAsStream("/dmn/qualification-sensitive-fields.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stricter = table.replace("\"originPlace\"</text>", "\"originPlace\",\"homePhone\"</text>");
        assertThat(stricter).isNotEqualTo(table);
        Deployment deployment = repository.createDeployment().name("home phone is sensitive")
                .addString("qualification-sensitive-fields.dmn", stricter).deploy();
        try {
            String refused = followed(mvc.perform(changeForm(b, "homePhone", "0411-12345678")), b.applicant());
            assertThat(refused).contains("修改家庭电话须上传证明材料");

            mvc.perform(changeForm(b, "homePhone", "0411-12345678")
                    .file(new MockMultipartFile("proof1File", "证明.pdf", "application/pdf", TestFiles.pdf())))
                    .andReturn();
            ChangeRequest request = requests.findFirstByGraduateIdAndStatus(b.graduate().getId(),
                    ChangeRequestStatus.PENDING).orElseThrow();
            List<QualificationField> fields = requests.findById(request.getId()).orElseThrow().getItems().stream()
                    .map(ChangeItem::getField).toList();
            assertThat(fields).containsExactly(QualificationField.HOME_PHONE);
            assertThat(campaigns.reload(b.graduate()).getHomePhone()).isEqualTo("024-86245678");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theCollegeWindowClosingExpiresUndecidedRequests() throws Exception {
        Bound b = bound("秦岚");
        mvc.perform(changeForm(b, "politicalStatus", "01")
                .file(new MockMultipartFile("proof1File", "证明.pdf", "application/pdf", TestFiles.pdf()))).andReturn();
        ChangeRequest request = requests.findFirstByGraduateIdAndStatus(b.graduate().getId(),
                ChangeRequestStatus.PENDING).orElseThrow();

        campaigns.endCollegeWindowNow(b.campaign());
        StaffPrincipal reviewer = new StaffPrincipal("reviewer-" + request.getId(), "学院审核人", List.of(
                "dataChangeApproval", QualificationReviewProcess.collegeGroup(b.graduate().getCollege())));
        assertThatThrownBy(() -> decisions.decide(request.getId(), true, null, reviewer))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("qualification.decision.windowClosed");

        closing.closeCollegeWindow(b.campaign().getId());
        runJobs();

        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.EXPIRED);
        assertThat(campaigns.reload(b.graduate()).getCheckStatus()).isEqualTo(CheckStatus.CHANGE_EXPIRED);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo("Event_ChangeExpired");
        assertThat(page(b.applicant(), "/cases")).contains("学院审核时间结束未审核，申请作废");
    }

    @Test
    void tasklistRefusesADecisionWithoutAResultOrARejectionWithoutAReasonInChinese() throws Exception {
        Bound b = bound("白露");
        mvc.perform(changeForm(b, "name", "白鹭")
                .file(new MockMultipartFile("proof1File", "证明.pdf", "application/pdf", TestFiles.pdf()))).andReturn();
        ChangeRequest request = requests.findFirstByGraduateIdAndStatus(b.graduate().getId(),
                ChangeRequestStatus.PENDING).orElseThrow();
        Task task = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();

        assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("请选择审核结果");
        assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables()
                .putValue(QualificationReviewProcess.VAR_DECISION, QualificationReviewProcess.DECISION_REJECTED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审核不通过时必须填写原因");
        assertThat(requests.findById(request.getId()).orElseThrow().isPending()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }
}
