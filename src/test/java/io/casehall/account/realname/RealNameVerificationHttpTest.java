package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameForms.as;
import static io.casehall.account.realname.RealNameForms.submission;

import static io.casehall.account.realname.RealNameVerificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.RealNameStatus;
import io.casehall.account.TestApplicants;
import io.casehall.account.registry.GraduateRegistryRows;
import io.casehall.shared.notification.NotificationService;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real-name verification end to end through the portal, the process and the reviewer's task. */
class RealNameVerificationHttpTest extends IntegrationTest {

    @Autowired
    TestApplicants applicants;
    @Autowired
    GraduateRegistryRows registry;
    @Autowired
    AccountService accounts;
    @Autowired
    RealNameService realNames;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NotificationService notifications;

    @Test
    void aGraduateInTheRegistryIsVerifiedAtOnceAndTold() throws Exception {
        ApplicantPrincipal applicant = applicants.create("张明");
        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("张明", id, studentNo);

        mvc.perform(submission(applicant, id, studentNo).file(photo("身份证.png")))
                .andExpect(redirectedUrl("/realname"))
                .andExpect(flash().attribute("okMessage", "实名认证已通过，您现在可以申请业务。"));

        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.VERIFIED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey(applicant.applicantId())).count())
                .isZero();
        runJobs();
        assertThat(notifications.inboxOf(applicant.applicantId()))
                .anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("实名认证已通过"));
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(applicant.applicantId())).count()).isZero();
    }

    @Test
    void anUnknownGraduateWaitsForAReviewerWhoSeesTheDataAndThePhotoAndApproves() throws Exception {
        ApplicantPrincipal applicant = applicants.create("李雷");
        String id = TestIdNumbers.next();

        mvc.perform(submission(applicant, id, "").file(photo("id.png")))
                .andExpect(redirectedUrl("/realname"));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.PENDING);

        Task review = reviewTaskOf(applicant);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("realNameReview").count())
                .isEqualTo(1);
        Map<String, Object> shown = taskService.getVariablesLocal(review.getId());
        assertThat(shown).containsEntry("applicantName", "李雷").containsEntry("documentNumber", id)
                .containsEntry("registrySummary", "无");
        String photoUrl = (String) shown.get("photoUrl");

        mvc.perform(get(photoUrl).with(staff("reviewer", "realNameReview"))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(photoUrl).with(staff("clerk", "archiveClerk"))).andExpect(status().isNotFound());

        completeReview(review, "reviewer", Map.of(VAR_REVIEW_OUTCOME, OUTCOME_APPROVED));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.VERIFIED);
        assertThat(realNames.latest(applicant.applicantId()).orElseThrow().getDecidedBy()).isEqualTo("reviewer");
        runJobs();
        assertThat(notifications.inboxOf(applicant.applicantId()))
                .anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("实名认证已通过"));

        // The reviewer's task is done: the photo is no longer theirs to read.
        mvc.perform(get(photoUrl).with(staff("reviewer", "realNameReview"))).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerMustGiveAReasonToRejectAndTheApplicantSeesIt() throws Exception {
        ApplicantPrincipal applicant = applicants.create("韩梅梅");
        mvc.perform(submission(applicant, TestIdNumbers.next(), "").file(photo("id.png")));
        Task review = reviewTaskOf(applicant);

        assertThatThrownBy(() -> completeReview(review, "reviewer", Map.of(VAR_REVIEW_OUTCOME, OUTCOME_REJECTED)))
                .hasMessageContaining("请填写不通过原因");

        completeReview(review, "reviewer",
                Map.of(VAR_REVIEW_OUTCOME, OUTCOME_REJECTED, VAR_REJECTION_REASON, "证件照片模糊，请重新拍摄"));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.REJECTED);
        runJobs();
        assertThat(notifications.inboxOf(applicant.applicantId()))
                .anySatisfy(m -> assertThat(m.getBody()).contains("证件照片模糊，请重新拍摄"));
        mvc.perform(get("/realname").with(as(applicant)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("证件照片模糊，请重新拍摄")));
    }

    @Test
    void aCorrectionWhilePendingReplacesTheRequestInTheSameCase() throws Exception {
        ApplicantPrincipal applicant = applicants.create("王芳");
        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("王芳", id, studentNo);

        mvc.perform(submission(applicant, id, "999999").file(photo("id.png")));
        Task firstReview = reviewTaskOf(applicant);
        Long firstRequest = realNames.latest(applicant.applicantId()).orElseThrow().getId();
        String caseId = firstReview.getProcessInstanceId();

        // Corrected student number, keeping the photo already uploaded.
        mvc.perform(submission(applicant, id, studentNo).param("photoDocumentId",
                        realNames.get(firstRequest).getPhotoDocumentId().toString()))
                .andExpect(redirectedUrl("/realname"));

        assertThat(realNames.get(firstRequest).getStatus()).isEqualTo(RequestStatus.SUPERSEDED);
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.VERIFIED);
        assertThat(taskService.createTaskQuery().processInstanceId(caseId).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(applicant.applicantId())).list())
                .allMatch(pi -> pi.getId().equals(caseId));
    }

    @Test
    void badInputIsExplainedAndWhatWasTypedIsKept() throws Exception {
        ApplicantPrincipal applicant = applicants.create("赵强");
        String bad = TestIdNumbers.next();
        String broken = bad.substring(0, 17) + (bad.charAt(17) == '1' ? "2" : "1");
        followRedirect(mvc.perform(submission(applicant, broken, "2020123456").file(photo("id.png"))), as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("证件号码校验位不正确")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2020123456\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已上传：id.png")));

        followRedirect(mvc.perform(submission(applicant, TestIdNumbers.next(), "")
                        .file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", TestFiles.windowsExecutable()))),
                        as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是真正的 JPG 文件")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该文件未保存，请重新选择文件。")));

        followRedirect(mvc.perform(submission(applicant, TestIdNumbers.next(), "")
                        .file(new MockMultipartFile("photo", "big.png", "image/png", oversizePng()))), as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("最大允许 5 MB")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该文件未保存，请重新选择文件。")));

        followRedirect(mvc.perform(multipart("/realname").with(as(applicant)).with(csrf())), as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请选择证件类型")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请上传证件照片")));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.NONE);
    }

    /** Post/redirect/get: a form sent back is a redirect, and reloading the page it leads to sends nothing again. */
    @Test
    void aFormSentBackIsARedirectAndReloadingItSubmitsNothing() throws Exception {
        ApplicantPrincipal applicant = applicants.create("周宁");
        String bad = TestIdNumbers.next();
        String broken = bad.substring(0, 17) + (bad.charAt(17) == '1' ? "2" : "1");
        String studentNo = UniqueData.studentNo();
        var post = mvc.perform(submission(applicant, broken, studentNo).file(photo("id.png")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/realname"));
        followRedirect(post, as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("证件号码校验位不正确")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + broken + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + studentNo + "\"")));

        // The browser's refresh repeats the GET it was sent to: the messages were shown once, nothing is sent.
        followRedirect(post, as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("证件号码校验位不正确"))));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.NONE);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(applicant.applicantId())).count()).isZero();
    }

    @Test
    void selectValuesAndLengthsAreTheFormsOwn() throws Exception {
        ApplicantPrincipal applicant = applicants.create("钱坤");
        String department = "部".repeat(129);
        followRedirect(mvc.perform(submission(applicant, TestIdNumbers.next(), "").file(photo("id.png"))
                        .param("department", department).param("schoolingLength", "99年").param("studyMode", "函授")),
                        as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("最多 128 个字")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(department)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请从列表中选择。")));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.NONE);
    }

    @Test
    void oneIdNumberCannotVerifyTwoAccounts() throws Exception {
        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("孙悦", id, studentNo);
        ApplicantPrincipal first = applicants.create("孙悦");
        mvc.perform(submission(first, id, studentNo).file(photo("id.png")));
        assertThat(accounts.get(first.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.VERIFIED);

        ApplicantPrincipal second = applicants.create("孙悦");
        followRedirect(mvc.perform(submission(second, id, studentNo).file(photo("id.png"))), as(second))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已被其他账户实名认证")));
        assertThat(accounts.get(second.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.NONE);
    }

    @Test
    void anApplicantCannotReachAnotherApplicantsPhoto() throws Exception {
        ApplicantPrincipal owner = applicants.create("周杰");
        ApplicantPrincipal other = applicants.create("吴敏");
        mvc.perform(submission(owner, TestIdNumbers.next(), "").file(photo("id.png")));
        String photoId = realNames.latest(owner.applicantId()).orElseThrow().getPhotoDocumentId().toString();

        mvc.perform(get("/realname/photo/" + photoId).with(as(owner))).andExpect(status().isOk());
        mvc.perform(get("/realname/photo/" + photoId).with(as(other))).andExpect(status().isNotFound());
        // Nor by slipping its id into their own form.
        mvc.perform(submission(other, TestIdNumbers.next(), "").param("photoDocumentId", photoId))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/documents/" + photoId).with(as(other))).andExpect(status().isForbidden());
    }

    @Test
    void businessApplicationsWaitForVerification() throws Exception {
        ApplicantPrincipal applicant = applicants.create("郑爽");
        mvc.perform(get("/apply/archive-use").with(as(applicant)))
                .andExpect(redirectedUrl("/realname"))
                .andExpect(flash().attribute("errorMessage", org.hamcrest.Matchers.containsString("请先完成实名认证")));

        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("郑爽", id, studentNo);
        mvc.perform(submission(applicant, id, studentNo).file(photo("id.png")));
        mvc.perform(get("/apply/archive-use").with(as(applicant))).andExpect(status().isNotFound());
    }

    @Test
    void aDoubleSubmitStartsOneCase() throws Exception {
        ApplicantPrincipal applicant = applicants.create("蒋涛");
        RealNameForm form = new RealNameForm();
        form.setDocumentType(DocumentType.ID_CARD);
        form.setDocumentNumber(TestIdNumbers.next());
        form.setPhotoDocumentId(realNames.storePhoto(applicant, "id.png", TestFiles.png()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Boolean> submit = () -> {
                try {
                    realNames.submit(applicant, form);
                    return true;
                } catch (RuntimeException concurrent) {
                    return false;
                }
            };
            long accepted = 0;
            for (var outcome : pool.invokeAll(List.of(submit, submit))) {
                accepted += outcome.get() ? 1 : 0;
            }
            assertThat(accepted).isBetween(1L, 2L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(applicant.applicantId())).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey(applicant.applicantId()))
                .count()).isEqualTo(1);
    }

    private void completeReview(Task task, String reviewer, Map<String, Object> decision) {
        identityService.setAuthentication(reviewer, List.of("realNameReview"));
        try {
            taskService.claim(task.getId(), reviewer);
            taskService.complete(task.getId(), decision);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task reviewTaskOf(ApplicantPrincipal applicant) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey(applicant.applicantId()))
                .taskDefinitionKey(TASK_REVIEW).singleResult();
    }

    private static MockMultipartFile photo(String name) {
        return new MockMultipartFile("photo", name, "image/png", TestFiles.png());
    }

    private static byte[] oversizePng() {
        byte[] png = TestFiles.png();
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(png, 0, big, 0, png.length);
        return big;
    }

    private static RequestPostProcessor staff(String userId, String group) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(group)), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_" + group)));
    }
}
