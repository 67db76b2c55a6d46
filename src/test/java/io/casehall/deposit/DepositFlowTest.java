package io.casehall.deposit;

import static io.casehall.deposit.ArchiveDepositProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.deposit.documents.DepositDocumentKind;
import io.casehall.deposit.documents.DepositDocuments;
import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.web.UserFacingException;
import io.casehall.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Applications through the real engine, table and delegates: deposit from submission to archive number, then
 * transfer out; a rejection modified and audited again with both rounds kept; cancellation; what the applicant
 * sees and is told at each step.
 */
class DepositFlowTest extends IntegrationTest {

    @Autowired DepositService deposits;
    @Autowired DepositTestCases cases;
    @Autowired TestApplicants applicants;
    @Autowired TaskService tasks;
    @Autowired NotificationService notifications;
    @Autowired ArchiveDepositRecordRepository records;
    @Autowired DepositDocuments documents;

    private DepositApplication reload(ApplicantPrincipal applicant, DepositApplication application) {
        return deposits.findOwned(applicant.applicantId(), application.getId());
    }

    private List<String> inbox(ApplicantPrincipal applicant) {
        return notifications.inboxOf(applicant.applicantId()).stream().map(InboxMessage::getSubject).toList();
    }

    @Test
    void aDepositIsAuditedApprovedRegisteredAndNumberedThenTransferredOut() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("李明", false);
        assertThat(deposits.archiveStatus(applicant.applicantId()).deposited()).isFalse();
        DepositForm form = cases.goingAbroad(applicant);
        assertThat(form.getFullName()).as("from the verified identity").isEqualTo("李明");
        assertThat(form.getBirthDate()).as("from the ID number").isNotNull();

        DepositApplication application = deposits.submit(applicant, form, DepositTestCases.idCard());
        runJobs();
        assertThat(application.getNumber()).matches("\\d{12}");
        assertThat(reload(applicant, application).getStatus()).isEqualTo(DepositStatus.SUBMITTED);
        assertThat(reload(applicant, application).getUploads()).extracting(DepositUpload::getKind)
                .containsExactly(DepositUploadKind.ID_FRONT, DepositUploadKind.ID_BACK);
        assertThat(deposits.listOwned(applicant.applicantId())).extracting(DepositApplication::getId)
                .containsExactly(application.getId());
        assertThat(inbox(applicant)).contains("存档申请 " + application.getNumber() + " 已提交");

        Task audit = cases.claimAudit(reload(applicant, application));
        assertThat(audit.getName()).as("staff tell tasks apart").contains(application.getNumber(), "李明");
        assertThat(reload(applicant, application).getStatus()).isEqualTo(DepositStatus.IN_AUDIT);
        assertThat(inbox(applicant)).contains("存档申请 " + application.getNumber() + " 审核中");
        assertThatThrownBy(() -> deposits.modify(applicant, application.getId(), cases.goingAbroad(applicant), List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "deposit.error.notModifiable");
        assertThatThrownBy(() -> deposits.cancel(applicant, application.getId()))
                .hasFieldOrPropertyWithValue("messageKey", "deposit.error.notCancellable");

        assertThatThrownBy(() -> cases.complete(application, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_REJECT)))
                .as("a rejection needs its reason").isInstanceOf(ProcessEngineException.class).hasMessageContaining("原因");
        cases.complete(application, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_APPROVE));
        runJobs();
        DepositApplication approved = reload(applicant, application);
        assertThat(approved.getStatus()).isEqualTo(DepositStatus.APPROVED);
        assertThat(documents.find(application.getNumber(), DepositDocumentKind.TRANSFER_NOTICE))
                .as("the sealed transfer notice").hasValueSatisfying(notice -> {
                    assertThat(notice.verificationNumber()).isEqualTo(approved.getDocumentRef());
                    assertThat(notice.fileName()).contains("调档通知单");
                });
        assertThat(approved.getAuditRounds()).singleElement()
                .satisfies(round -> assertThat(round.getDecidedBy()).isEqualTo(DepositTestCases.AUDITOR));
        assertThat(cases.openTask(approved, TASK_REGISTER_ENVELOPE)).isNotNull();

        assertThatThrownBy(() -> cases.complete(application, TASK_REGISTER_ENVELOPE, Map.of(VAR_ENVELOPE_OUTCOME, ENVELOPE_WITHOUT_SLIP)))
                .as("a return needs its reason").isInstanceOf(ProcessEngineException.class).hasMessageContaining("原因");
        cases.complete(application, TASK_REGISTER_ENVELOPE, Map.of(VAR_ENVELOPE_OUTCOME, ENVELOPE_WITHOUT_SLIP,
                VAR_ENVELOPE_REASON, "档案袋未贴下联"));
        runJobs();
        assertThat(reload(applicant, application).getStatus()).isEqualTo(DepositStatus.APPROVED);
        assertThat(inbox(applicant)).contains("申请 " + application.getNumber() + " 的档案袋已退回");
        cases.complete(application, TASK_REGISTER_ENVELOPE, Map.of(VAR_ENVELOPE_OUTCOME, ENVELOPE_WITH_SLIP));
        runJobs();

        DepositApplication deposited = reload(applicant, application);
        assertThat(deposited.getStatus()).isEqualTo(DepositStatus.DEPOSITED);
        assertThat(deposited.getEnvelopeEvents()).extracting(EnvelopeEvent::getKind)
                .containsExactly(EnvelopeEvent.Kind.RETURNED, EnvelopeEvent.Kind.RECEIVED);
        ArchiveStatus status = deposits.archiveStatus(applicant.applicantId());
        assertThat(status.deposited()).isTrue();
        assertThat(status.archiveNumber()).isEqualTo(deposited.getArchiveNumber()).matches("\\d{12}");
        assertThat(inbox(applicant)).contains("您的档案已存入（档案编号 " + status.archiveNumber() + "）");

        assertThat(deposits.eligibility(applicant.applicantId(), DepositServiceType.RETURNING,
                new EligibilityAnswers(ApplicantGroup.FINISHED_ABROAD, ArchiveKeeper.PUBLIC_AGENCY)).reasonKey())
                .isEqualTo("deposit.eligibility.alreadyDeposited");
        assertThat(deposits.eligibility(applicant.applicantId(), DepositServiceType.TRANSFER_OUT,
                new EligibilityAnswers(null, null)).eligible()).isTrue();

        DepositForm transfer = deposits.newForm(applicant, DepositServiceType.TRANSFER_OUT);
        transfer.setPurpose("回国就业，档案转往工作单位");
        transfer.setReceivingAgency("上海市人才服务中心");
        DepositApplication transferOut = deposits.submit(applicant, transfer, List.of());
        runJobs();
        cases.complete(transferOut, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_APPROVE));
        runJobs();
        assertThat(reload(applicant, transferOut).getStatus()).isEqualTo(DepositStatus.COMPLETED);
        assertThat(records.findByApplicationId(application.getId()).orElseThrow().getStatus())
                .isEqualTo(DepositRecordStatus.TRANSFERRED_OUT);
        assertThat(deposits.archiveStatus(applicant.applicantId()).deposited()).isFalse();
    }

    @Test
    void aRejectedApplicationIsModifiedAndAuditedAgainFromAnEmptyFormWithBothRoundsKept() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("王芳", false);
        DepositApplication application = deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard());
        runJobs();

        Task taken = cases.claimAudit(application);
        assertThat(reload(applicant, application).getStatus()).isEqualTo(DepositStatus.IN_AUDIT);
        tasks.setAssignee(taken.getId(), null);
        assertThat(reload(applicant, application).getStatus()).as("given back: waiting again, modifiable")
                .isEqualTo(DepositStatus.SUBMITTED);

        DepositForm early = deposits.modificationForm(applicant, application.getId());
        early.setAgencyName("北京市西城区人才服务中心");
        deposits.modify(applicant, application.getId(), early, List.of());
        Task waiting = cases.openTask(application, TASK_AUDIT);
        assertThat((String) tasks.getVariable(waiting.getId(), VAR_SUMMARY))
                .as("the waiting audit shows the modified application").contains("北京市西城区人才服务中心");

        cases.complete(application, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_REJECT, VAR_AUDIT_REASON, "身份证反面不清晰"));
        runJobs();
        DepositApplication rejected = reload(applicant, application);
        assertThat(rejected.getStatus()).isEqualTo(DepositStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("身份证反面不清晰");
        assertThat(inbox(applicant)).contains("存档申请 " + application.getNumber() + " 审核不通过");

        DepositForm form = deposits.modificationForm(applicant, application.getId());
        assertThat(form.getAgencyName()).as("the form as submitted").isEqualTo("北京市西城区人才服务中心");
        assertThat(form.getDomesticHistory()).hasSize(2);
        deposits.modify(applicant, application.getId(), form, List.of(new NewUpload(DepositUploadKind.ID_BACK,
                "身份证反面-清晰.pdf", io.casehall.support.TestFiles.pdf())));
        runJobs();
        DepositApplication resubmitted = reload(applicant, application);
        assertThat(resubmitted.getStatus()).isEqualTo(DepositStatus.SUBMITTED);
        assertThat(resubmitted.getUploads()).extracting(DepositUpload::getFileName)
                .containsExactly("身份证正面.pdf", "身份证反面-清晰.pdf");

        Task second = cases.openTask(application, TASK_AUDIT);
        assertThat(tasks.getVariable(second.getId(), VAR_AUDIT_DECISION)).as("opens empty").isNull();
        assertThat(tasks.getVariable(second.getId(), VAR_AUDIT_REASON)).as("opens empty").isNull();
        assertThat((String) tasks.getVariable(second.getId(), VAR_SUMMARY)).contains("第1轮审核", "身份证反面不清晰");
        cases.complete(application, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_APPROVE));
        runJobs();
        assertThat(reload(applicant, application).getAuditRounds()).extracting(AuditRound::getDecision)
                .containsExactly(DECISION_REJECT, DECISION_APPROVE);
    }

    @Test
    void theApplicantCancelsAndMayApplyAgain() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("赵磊", false);
        DepositApplication application = deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard());
        assertThatThrownBy(() -> deposits.cancel(applicant, application.getId()))
                .as("before the case reaches its audit stage").hasFieldOrPropertyWithValue("messageKey", "deposit.error.notReadyYet");
        runJobs();
        assertThatThrownBy(() -> deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard()))
                .as("one open deposit at a time").hasFieldOrPropertyWithValue("messageKey", "deposit.eligibility.alreadyOpen");

        deposits.cancel(applicant, application.getId());
        runJobs();
        DepositApplication cancelled = reload(applicant, application);
        assertThat(cancelled.getStatus()).isEqualTo(DepositStatus.CANCELLED);
        assertThat(cancelled.getDecidedOrCancelledAt()).isNotNull();
        assertThat(cases.openTask(application, TASK_AUDIT)).isNull();
        assertThat(inbox(applicant)).contains("存档申请 " + application.getNumber() + " 已取消");
        assertThatThrownBy(() -> deposits.cancel(applicant, application.getId()))
                .hasFieldOrPropertyWithValue("messageKey", "deposit.error.notCancellable");

        assertThat(deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard()).getStatus())
                .isEqualTo(DepositStatus.SUBMITTED);
    }

    @Test
    void anEnvelopeThatNeverArrivesRemindsStaffThenTheApplicantThenLapses() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("冯雪", false);
        DepositApplication application = deposits.submit(applicant, cases.goingAbroad(applicant), DepositTestCases.idCard());
        runJobs();
        cases.complete(application, TASK_AUDIT, Map.of(VAR_AUDIT_DECISION, DECISION_APPROVE));
        runJobs();

        fire(application, EVENT_STAFF_REMINDER);
        assertThat(cases.openTask(application, TASK_REGISTER_ENVELOPE).getPriority()).as("moved up in Tasklist")
                .isGreaterThan(50);
        fire(application, EVENT_ENVELOPE_OVERDUE);
        assertThat(reload(applicant, application).getEnvelopeEvents()).extracting(EnvelopeEvent::getKind)
                .containsExactly(EnvelopeEvent.Kind.REMINDED);
        assertThat(inbox(applicant)).contains("申请 " + application.getNumber() + " 尚未收到您的档案");
        assertThat(reload(applicant, application).getStatus()).isEqualTo(DepositStatus.APPROVED);

        fire(application, EVENT_ENVELOPE_LAPSED);
        DepositApplication lapsed = reload(applicant, application);
        assertThat(lapsed.getStatus()).isEqualTo(DepositStatus.LAPSED);
        assertThat(cases.openTask(application, TASK_REGISTER_ENVELOPE)).isNull();
        assertThat(inbox(applicant)).contains("存档申请 " + application.getNumber() + " 已失效");
        assertThat(deposits.archiveStatus(applicant.applicantId()).deposited()).isFalse();
    }

    /** A timer of the case fires now (as if its time had come), and what follows runs. */
    private void fire(DepositApplication application, String timerEventId) {
        var job = managementService.createJobQuery().processInstanceId(application.getProcessInstanceId()).timers()
                .activityId(timerEventId).singleResult();
        assertThat(job).as(timerEventId).isNotNull();
        managementService.executeJob(job.getId());
        runJobs();
    }
}
