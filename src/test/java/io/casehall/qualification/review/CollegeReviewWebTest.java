package io.casehall.qualification.review;

import static io.casehall.qualification.review.ReviewFixtures.as;
import static io.casehall.qualification.review.ReviewFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.qualification.ChangeRequest;
import io.casehall.qualification.ChangeRequestRepository;
import io.casehall.qualification.ChangeRequestStatus;
import io.casehall.qualification.CheckStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The college console through HTTP: each college's reviewers see and decide only their own college's graduates
 * and requests — in the console and in Tasklist; another college's ids in the address get the 403 page, never
 * data, never a 500; decisions take effect through the request's approval instance; after the college window
 * closed no decision is possible.
 */
class CollegeReviewWebTest extends IntegrationTest {

    @Autowired
    QualificationCampaignRepository campaigns;
    @Autowired
    QualificationGraduateRepository graduates;
    @Autowired
    ChangeRequestRepository requests;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate tx;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(campaigns, graduates, requests, runtimeService, tx);
    }

    @Test
    void twoCollegesSeeOnlyTheirOwnGraduatesAndRequestsInTheConsoleAndInTasklist() throws Exception {
        String collegeA = "甲学院" + System.nanoTime();
        String collegeB = "乙学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        long id = campaign.getId();
        QualificationGraduate a1 = fixtures.graduate(id, collegeA, "张一", "本科", "法学");
        QualificationGraduate a2 = fixtures.graduate(id, collegeA, "张二", "本科", "会计学");
        QualificationGraduate b1 = fixtures.graduate(id, collegeB, "李一", "本科", "法学");
        ChangeRequest requestA = fixtures.nameChange(a1, "张壹", null);
        ChangeRequest requestB = fixtures.nameChange(b1, "李壹", null);
        StaffPrincipal reviewerA = reviewer(collegeA);
        StaffPrincipal reviewerB = reviewer(collegeB);
        String console = "/staff/qualification/campaigns/" + id + "/college";

        // A reviewer of one college lands on it directly; the list is theirs, phones masked.
        String page = page(get(console).with(as(reviewerA)));
        assertThat(page).contains(collegeA, a1.getStudentNo(), a2.getStudentNo(), "139****4971")
                .doesNotContain(b1.getStudentNo(), collegeB, "13942824971");
        assertThat(page).contains("data-counter=\"graduates\">2<", "data-counter=\"pending\">1<");
        // Filters: status, name, major.
        assertThat(page(get(console).param("college", collegeA).param("status", "CHANGE_PENDING").with(as(reviewerA))))
                .contains(a1.getStudentNo()).doesNotContain(a2.getStudentNo());
        assertThat(page(get(console).param("college", collegeA).param("q", "张二").with(as(reviewerA))))
                .contains(a2.getStudentNo()).doesNotContain(a1.getStudentNo());
        assertThat(page(get(console).param("college", collegeA).param("major", "会计学").with(as(reviewerA))))
                .contains(a2.getStudentNo()).doesNotContain(a1.getStudentNo());

        // Another college by its name, graduate, request, proof, report, export, decision: 403 and nothing of it.
        forbidden(get(console).param("college", collegeB).with(as(reviewerA)), b1);
        forbidden(get(console + "/graduates/" + b1.getId()).with(as(reviewerA)), b1);
        forbidden(get("/staff/qualification/requests/" + requestB.getId()).with(as(reviewerA)), b1);
        forbidden(get("/staff/qualification/requests/" + requestB.getId() + "/proofs/1").with(as(reviewerA)), b1);
        forbidden(get(console + "/report").param("college", collegeB).with(as(reviewerA)), b1);
        forbidden(get(console + "/export").param("college", collegeB).with(as(reviewerA)), b1);
        forbidden(post("/staff/qualification/requests/" + requestB.getId() + "/decision").param("decision", "approve")
                .with(csrf()).with(as(reviewerA)), b1);
        assertThat(requests.findById(requestB.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.PENDING);
        // Unknown ids are simply not found; a graduate of another campaign under this campaign's address too.
        mvc.perform(get(console + "/graduates/999999999").with(as(reviewerA))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/qualification/requests/999999999").with(as(reviewerA))).andExpect(status().isNotFound());
        QualificationCampaign other = fixtures.campaign(true);
        mvc.perform(get("/staff/qualification/campaigns/" + other.getId() + "/college/graduates/" + a1.getId())
                .with(as(reviewerA))).andExpect(status().isNotFound());
        // Staff who review no college at all.
        StaffPrincipal clerk = ReviewFixtures.staff(StaffRoles.ARCHIVE_CLERKS);
        mvc.perform(get(console).with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/qualification/college").with(as(clerk))).andExpect(status().isForbidden());

        // B sees B; the office sees both colleges to choose from, but decides nothing.
        assertThat(page(get(console).with(as(reviewerB)))).contains(b1.getStudentNo()).doesNotContain(a1.getStudentNo());
        StaffPrincipal office = ReviewFixtures.staff(StaffRoles.EMPLOYMENT_OFFICE);
        assertThat(page(get(console).with(as(office)))).contains(collegeA, collegeB);
        forbidden(post("/staff/qualification/requests/" + requestA.getId() + "/decision").param("decision", "approve")
                .with(csrf()).with(as(office)), b1);

        // Tasklist: the engine's own task query, as each reviewer.
        assertThat(tasklist(reviewerA, id)).containsExactly(requestA.getProcessInstanceId());
        assertThat(tasklist(reviewerB, id)).containsExactly(requestB.getProcessInstanceId());
        assertThat(tasklist(ReviewFixtures.staff(StaffRoles.DATA_CHANGE_APPROVAL), id)).isEmpty();
    }

    @Test
    void aReviewerApprovesOrRejectsWithAReasonAndTheRecordFollows() throws Exception {
        String college = "丙学院" + System.nanoTime();
        QualificationCampaign campaign = fixtures.campaign(true);
        QualificationGraduate g1 = fixtures.graduate(campaign.getId(), college, "王一", "本科", "法学");
        QualificationGraduate g2 = fixtures.graduate(campaign.getId(), college, "王二", "本科", "法学");
        ChangeRequest approveMe = fixtures.nameChange(g1, "王壹", null);
        ChangeRequest rejectMe = fixtures.nameChange(g2, "王贰", null);
        StaffPrincipal reviewer = reviewer(college);
        String requestPage = "/staff/qualification/requests/" + approveMe.getId();

        assertThat(page(get(requestPage).with(as(reviewer)))).contains("王一", "王壹", "提交审核结果");
        MvcResult approved = mvc.perform(post(requestPage + "/decision").param("decision", "approve").with(csrf())
                .with(as(reviewer))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(approved.getFlashMap().get("okMessage").toString()).contains("已审核通过");
        runJobs();
        assertThat(requests.findById(approveMe.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.APPROVED);
        QualificationGraduate after = graduates.findById(g1.getId()).orElseThrow();
        assertThat(after.getName()).isEqualTo("王壹");
        assertThat(after.getCheckStatus()).isEqualTo(CheckStatus.CHANGED);
        assertThat(page(get(requestPage).with(as(reviewer)))).contains(reviewer.userId()).doesNotContain("提交审核结果");
        // Decided already: a second decision is refused with a message.
        MvcResult again = mvc.perform(post(requestPage + "/decision").param("decision", "reject").param("reason", "x")
                .with(csrf()).with(as(reviewer))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getFlashMap().get("errorMessage")).isNotNull();

        // A rejection without a reason: a message, nothing decided; what was typed is kept.
        String rejectPage = "/staff/qualification/requests/" + rejectMe.getId();
        MvcResult noReason = mvc.perform(post(rejectPage + "/decision").param("decision", "reject").param("reason", "  ")
                .with(csrf()).with(as(reviewer))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(noReason.getFlashMap().get("errorMessage").toString()).contains("原因");
        String sentBack = followRedirect(mvc.perform(post(rejectPage + "/decision").param("reason", "户口本照片不清楚")
                .with(csrf()).with(as(reviewer))), as(reviewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sentBack).contains(">户口本照片不清楚</textarea>", "请选择审核结果");
        assertThat(requests.findById(rejectMe.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.PENDING);

        mvc.perform(post(rejectPage + "/decision").param("decision", "reject").param("reason", "户口本照片不清楚")
                .with(csrf()).with(as(reviewer))).andExpect(status().is3xxRedirection());
        runJobs();
        ChangeRequest rejected = requests.findById(rejectMe.getId()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(rejected.getReason()).isEqualTo("户口本照片不清楚");
        assertThat(graduates.findById(g2.getId()).orElseThrow().getName()).isEqualTo("王二");

        String console = page(get("/staff/qualification/campaigns/" + campaign.getId() + "/college").with(as(reviewer)));
        assertThat(console).contains("data-counter=\"approved\">1<", "data-counter=\"rejected\">1<",
                "data-counter=\"pending\">0<");
        String graduatePage = page(get("/staff/qualification/campaigns/" + campaign.getId() + "/college/graduates/"
                + g2.getId()).with(as(reviewer)));
        assertThat(graduatePage).contains("王贰", "户口本照片不清楚");
    }

    @Test
    void afterTheCollegeWindowClosedNoDecisionIsPossible() throws Exception {
        String college = "丁学院" + System.nanoTime();
        QualificationCampaign open = fixtures.campaign(true);
        QualificationGraduate g = fixtures.graduate(open.getId(), college, "赵一", "本科", "法学");
        ChangeRequest request = fixtures.nameChange(g, "赵壹", null);
        // The window ends (the office moved its end to the past; the closing timer has not run yet).
        tx.executeWithoutResult(s -> campaigns.findById(open.getId()).orElseThrow()
                .moveCollegeWindowEnd(java.time.Instant.now().minusSeconds(60)));
        StaffPrincipal reviewer = reviewer(college);
        String requestPage = "/staff/qualification/requests/" + request.getId();

        assertThat(page(get(requestPage).with(as(reviewer)))).contains("学院审核时间已结束").doesNotContain("提交审核结果");
        assertThat(page(get("/staff/qualification/campaigns/" + open.getId() + "/college").with(as(reviewer))))
                .contains("不能再审核修改申请");
        MvcResult refused = mvc.perform(post(requestPage + "/decision").param("decision", "approve").with(csrf())
                .with(as(reviewer))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("errorMessage").toString()).contains("审核时间已结束");
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.PENDING);
        assertThat(graduates.findById(g.getId()).orElseThrow().getName()).isEqualTo("赵一");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void forbidden(RequestBuilder request, QualificationGraduate notShown) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isForbidden()).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("不属于您负责审核的学院").doesNotContain(notShown.getStudentNo(), notShown.getName());
    }

    private List<String> tasklist(StaffPrincipal staff, long campaignId) {
        identityService.setAuthentication(staff.userId(), staff.groupIds());
        try {
            return taskService.createTaskQuery().taskDefinitionKey(QualificationReviewProcess.TASK_APPROVE_DATA_CHANGE)
                    .processVariableValueEquals(QualificationReviewProcess.VAR_CAMPAIGN_ID, campaignId).list().stream()
                    .map(t -> t.getProcessInstanceId()).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
