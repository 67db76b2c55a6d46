package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.account.realname.RealNameVerificationProcess;
import io.casehall.support.TestIdNumbers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist for staff, in a real browser behind the staff security (single sign-on from the console, the
 * webapps' CSRF header, the console's CSP): a graduate the registry does not know asks for real-name
 * verification, the reviewer opens the task from the queue, claims it, approves it in its Camunda Form and
 * completes it; the applicant then sees the approval.
 */
@DisplayName("实名认证人工审核（任务列表）")
class RealNameReviewJourneyTest extends BrowserJourney {

    private static final String QUEUE = "实名认证审核";
    private static final String TASK = "人工审核实名认证";

    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Journey
    @DisplayName("毕业生库中无记录 → 审核员在任务列表中认领并通过 → 申请人看到已认证")
    void aReviewerApprovesAnUnknownGraduateInTasklist(Viewport viewport) {
        String name = "周晓梅";
        ApplicantPrincipal account = applicants.create(name);
        String mobile = accounts.get(account.applicantId()).getMobile();
        String idNumber = TestIdNumbers.next();

        Portal portal = applicant(viewport).login(mobile, TestApplicants.PASSWORD);
        Window 申请人 = portal.window();
        申请人.step("点「实名认证」").press("实名认证").see("证件类型");
        申请人.step("填写毕业生库中没有的证件号码，上传照片，点「提交审核」")
                .select("证件类型", "身份证").fill("证件号码", idNumber)
                .upload("上传证件照片", idCardPhoto("证件照片.png"))
                .press("提交审核")
                .see("请等待工作人员人工审核", "审核中");

        Task review = taskService.createTaskQuery()
                .processInstanceBusinessKey(RealNameVerificationProcess.businessKey(account.applicantId()))
                .taskDefinitionKey(RealNameVerificationProcess.TASK_REVIEW).singleResult();
        assertThat(review).as("the review task").isNotNull();

        StaffConsole reviewer = staff(REVIEWER, REVIEWER_PASSWORD);
        Tasklist tasklist = reviewer.openQueue(QUEUE);
        assertThat(tasklist.cards()).as("the queue's cards").anySatisfy(card -> assertThat(card).contains(TASK));
        tasklist.openTask(TASK, review.getId(), name).claim();
        tasklist.form().see(name, idNumber, "审核结果").choose("通过");
        tasklist.complete(review.getId());

        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(review.getId()).singleResult().getDeleteReason())
                .as("the task was completed").isEqualTo("completed");
        runJobs();

        申请人.step("刷新实名认证页面").refresh().see("已认证", "您已通过实名认证，可以申请各项业务。");
        申请人.step("查看「我的消息」").press("我的消息").see("实名认证已通过");
    }
}
