package io.casehall.deposit;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.support.TestFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Filled-in forms and the auditor's steps, shared by the deposit integration tests. */
@Component
public class DepositTestCases {

    public static final String AUDITOR = "test-auditor";

    private final DepositService deposits;
    private final TaskService tasks;
    private final IdentityService identity;

    DepositTestCases(DepositService deposits, TaskService tasks, IdentityService identity) {
        this.deposits = deposits;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** A complete 出国(境)存档 form as an eligible applicant fills it in (uploads passed separately). */
    public DepositForm goingAbroad(ApplicantPrincipal applicant) {
        DepositForm form = deposits.newForm(applicant, DepositServiceType.GOING_ABROAD);
        form.setApplicantGroup("graduateDirect");
        form.setArchiveKeeper("publicAgency");
        form.setHouseholdDivision("110108");
        form.setEthnicity("01");
        form.setPoliticalStatus("13");
        form.setMaritalStatus("10");
        form.setChildbearingStatus("0");
        form.setContactName("李父");
        form.setContactMobile("13900139000");
        form.setDomesticHistory(new ArrayList<>(List.of(
                new DepositForm.HistoryLine(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 6, 30), "北京市第一中学", "高中"),
                new DepositForm.HistoryLine(LocalDate.of(2019, 9, 1), LocalDate.of(2023, 6, 30), "大连理工大学", "本科"))));
        form.setAgencyName("北京市海淀区人才服务中心");
        form.setAgreementAccepted(true);
        return form;
    }

    public static List<NewUpload> idCard() {
        return List.of(new NewUpload(DepositUploadKind.ID_FRONT, "身份证正面.pdf", TestFiles.pdf()),
                new NewUpload(DepositUploadKind.ID_BACK, "身份证反面.pdf", TestFiles.pdf()));
    }

    public Task openTask(DepositApplication application, String activityId) {
        return tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                .taskDefinitionKey(activityId).singleResult();
    }

    /** An auditor takes the audit task (审核中). */
    public Task claimAudit(DepositApplication application) {
        Task task = openTask(application, ArchiveDepositProcess.TASK_AUDIT);
        tasks.claim(task.getId(), AUDITOR);
        return task;
    }

    /** The auditor completes an open staff task as a signed-in member of depositAudit. */
    public void complete(DepositApplication application, String activityId, Map<String, Object> variables) {
        Task task = openTask(application, activityId);
        identity.setAuthentication(AUDITOR, List.of(ArchiveDepositProcess.GROUP_AUDIT));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
