package io.casehall.creditbank.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.InboxMessage;
import io.casehall.shared.notification.NotificationService;
import io.casehall.support.Browser;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestDatabase;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * 问题反馈 over real HTTP: a learner reports a problem with their own achievement; the task is in the institution's
 * tenant (Tasklist shows it to that institution only, and another institution can neither see nor complete it); the
 * institution's users get a message; an answer on the page or in Tasklist shows on both sides and reaches the
 * learner. Another applicant's learner achievement and another institution's feedback are not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("integration")
class AchievementFeedbackTest {

    @LocalServerPort
    int port;

    @Autowired
    TestInstitutions institutions;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    LearnerRepository learners;
    @Autowired
    LearnerAchievementRepository learnerAchievements;
    @Autowired
    FeedbackRepository feedbacks;
    @Autowired
    AchievementFeedbacks service;
    @Autowired
    NotificationService notifications;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;

    /** A learner achievement of the institution, held by a learner account activated by the applicant. */
    private LearnerAchievement learnerAchievement(TestInstitutions.Registered institution, ApplicantPrincipal applicant,
                                                  String achievementName) {
        Long institutionId = institution.institution().getId();
        Achievement achievement = achievements.save(new Achievement(institutionId, new AchievementData(achievementName,
                AchievementSubtype.VOCATIONAL_CERTIFICATE, institution.institution().getName(), "专科", null, null,
                "植物保护与检疫技术", "420103", "毕业", new BigDecimal("3"), null, null, null, null, "高职毕业证书"),
                institution.adminLogin(), Instant.now()));
        Learner learner = new Learner(institutionId, applicant.displayName(), TestIdNumbers.next(), Instant.now());
        learner.activate(applicant.applicantId(), Instant.now());
        learner = learners.save(learner);
        return learnerAchievements.save(new LearnerAchievement(achievement, learner, "P" + UniqueData.schoolCode(),
                LocalDate.of(2022, 6, 30), 2022, institution.adminLogin(), Instant.now()));
    }

    private Browser applicantBrowser(ApplicantPrincipal applicant) {
        Browser browser = new Browser(port);
        HttpResponse<String> login = browser.submitForm("/login", "/login",
                Map.of("username", accounts.get(applicant.applicantId()).getMobile(), "password", TestApplicants.PASSWORD));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        return browser;
    }

    private Browser institutionBrowser(String login) {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.submitForm("/institution/login", "/institution/login",
                Map.of("username", login, "password", TestInstitutions.PASSWORD));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/institution"));
        return browser;
    }

    private Task taskOf(Feedback feedback) {
        return taskService.createTaskQuery().processInstanceId(feedback.getProcessInstanceId()).singleResult();
    }

    @Test
    void aLearnersFeedbackIsTheInstitutionsTaskAndThePagesAnswerReachesTheLearner() {
        TestInstitutions.Registered a = institutions.registered("湖南生物机电职业技术学院");
        TestInstitutions.Registered b = institutions.registered("广东农工商职业技术学院");
        ApplicantPrincipal learner = applicants.create("毕志刚");
        LearnerAchievement la = learnerAchievement(a, learner, "植物保护与检疫技术毕业证书（高职）");

        Browser portal = applicantBrowser(learner);
        String form = portal.get("/achievements/" + la.getId() + "/feedback").body();
        assertThat(form).contains("反馈问题", "植物保护与检疫技术毕业证书（高职）", "照片错误", "日期错误",
                "姓名或证件号错误", "成果信息错误", "其他");

        // Nothing typed is lost when the content is missing.
        HttpResponse<String> empty = portal.submitForm("/achievements/" + la.getId() + "/feedback",
                "/achievements/" + la.getId() + "/feedback", Map.of("category", "PHOTO", "content", " "));
        assertThat(empty.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/achievements/" + la.getId() + "/feedback"));
        assertThat(portal.get("/achievements/" + la.getId() + "/feedback").body()).contains("请填写问题反馈内容");

        HttpResponse<String> sent = portal.submitForm("/achievements/" + la.getId() + "/feedback",
                "/achievements/" + la.getId() + "/feedback", Map.of("category", "PHOTO", "content", "个人照片有误"));
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/achievements/feedback"));
        assertThat(portal.get("/achievements/feedback").body()).contains("问题反馈已提交", "个人照片有误", "未解决");

        Feedback feedback = feedbacks.findByApplicantIdOrderByIdDesc(learner.applicantId()).get(0);
        assertThat(feedback.getInstitutionId()).isEqualTo(a.institution().getId());
        Task task = taskOf(feedback);
        assertThat(task.getTenantId()).isEqualTo(a.institution().getTenantId());
        assertThat(task.getName()).isEqualTo("处理问题反馈｜毕志刚 · 植物保护与检疫技术毕业证书（高职）");

        // The institution's users get a message with the link to the feedback; the other institution's do not.
        List<InboxMessage> adminInbox = notifications.inboxOfUser(a.adminLogin());
        assertThat(adminInbox).extracting(InboxMessage::getLink).contains("/institution/feedback/" + feedback.getId());
        assertThat(notifications.inboxOfUser(b.adminLogin())).isEmpty();

        // Tasklist: A's user sees A's task; B's user sees neither it nor can complete it by id.
        Browser userA = institutionBrowser(a.adminLogin());
        Browser userB = institutionBrowser(b.adminLogin());
        assertThat(userA.get("/camunda/api/engine/engine/default/task").body()).contains(task.getId());
        assertThat(userB.get("/camunda/api/engine/engine/default/task").body()).doesNotContain(task.getId());
        assertThat(userB.get("/camunda/api/engine/engine/default/task/" + task.getId()).statusCode()).isEqualTo(404);
        HttpResponse<String> forged = userB.webappJson("POST", "/camunda/api/engine/engine/default/task/" + task.getId()
                + "/complete", "{\"variables\":{\"feedbackOutcome\":{\"value\":\"REJECTED\"},"
                + "\"feedbackReply\":{\"value\":\"不是我们的\"}}}");
        assertThat(forged.statusCode()).isNotEqualTo(204);
        assertThat(taskOf(feedback)).isNotNull();

        // B's pages: not found.
        assertThat(userB.get("/institution/feedback/" + feedback.getId()).statusCode()).isEqualTo(404);
        assertThat(userB.submitForm("/institution/feedback", "/institution/feedback/" + feedback.getId() + "/answer",
                Map.of("outcome", "REJECTED", "reply", "不是我们的")).statusCode()).isEqualTo(404);
        assertThat(userB.get("/institution/feedback").body()).doesNotContain("个人照片有误");

        // A's list (masked ID number) and the message centre's 处理 link.
        String list = userA.get("/institution/feedback").body();
        assertThat(list).contains("毕志刚", "个人照片有误", "未解决", "去处理", "/institution/feedback/" + feedback.getId())
                .doesNotContain(la.getIdNumber());
        InboxMessage message = adminInbox.get(0);
        assertThat(userA.get("/institution/messages/" + message.getId()).body())
                .contains("毕志刚", "href=\"/institution/feedback/" + feedback.getId() + "\"", "处理");

        // A reply is required; then the page's answer completes the task.
        String page = "/institution/feedback/" + feedback.getId();
        userA.submitForm(page, page + "/answer", Map.of("outcome", "RESOLVED", "reply", ""));
        assertThat(userA.get(page).body()).contains("请填写回复");
        assertThat(taskOf(feedback)).isNotNull();
        HttpResponse<String> answered = userA.submitForm(page, page + "/answer",
                Map.of("outcome", "RESOLVED", "reply", "照片已更正，请查看。"));
        assertThat(answered.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(taskOf(feedback)).isNull();
        Feedback done = feedbacks.findById(feedback.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(FeedbackStatus.RESOLVED);
        assertThat(done.getRepliedBy()).isEqualTo(a.adminLogin());
        assertThat(userA.get(page).body()).contains("已解决", "照片已更正，请查看。");
        assertThat(userA.get("/institution/feedback?status=UNRESOLVED").body()).doesNotContain("个人照片有误");
        assertThat(userA.get("/institution/feedback?status=RESOLVED").body()).contains("个人照片有误");

        IntegrationTest.runJobs(managementService);
        List<InboxMessage> learnerInbox = notifications.inboxOf(learner.applicantId());
        assertThat(learnerInbox).anySatisfy(m -> {
            assertThat(m.getLink()).isEqualTo("/achievements/feedback");
            assertThat(m.getBody()).contains("已解决", "照片已更正");
        });
        assertThat(portal.get("/achievements/feedback").body()).contains("已解决", "照片已更正，请查看。");

        assertThat(userA.get("/institution/feedback?lang=en").body()).contains("Resolved").doesNotContain("??");
        assertThat(userA.get(page).body()).contains("Resolved", "Wrong photo").doesNotContain("??");
        assertThat(portal.get("/achievements/feedback?lang=en").body()).contains("My feedback").doesNotContain("??");
        assertThat(portal.get("/achievements/" + la.getId() + "/feedback").body()).contains("Report a problem")
                .doesNotContain("??");
    }

    @Test
    void anAnswerGivenInTasklistShowsOnThePage() {
        TestInstitutions.Registered a = institutions.registered("湖南水利水电职业技术学院");
        InstitutionUser sub = institutions.subUser(a, "钱老师", List.of());
        ApplicantPrincipal learner = applicants.create("吴同学");
        LearnerAchievement la = learnerAchievement(a, learner, "水利工程毕业证书（高职）");
        Feedback feedback = service.submit(learner.applicantId(), la.getId(), FeedbackCategory.DATE, "发证日期有误");
        Task task = taskOf(feedback);

        identityService.setAuthentication(sub.getUserId(), List.of(CreditBankGroups.INSTITUTION_USER),
                List.of(a.institution().getTenantId()));
        try {
            // The form's rule holds in Tasklist too: no reply, no completion.
            assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("feedbackOutcome", "REJECTED")))
                    .hasMessageContaining("请填写回复");
            taskService.complete(task.getId(), Map.of("feedbackOutcome", "REJECTED", "feedbackReply", "日期与档案一致。"));
        } finally {
            identityService.clearAuthentication();
        }
        Feedback done = feedbacks.findById(feedback.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(FeedbackStatus.REJECTED);
        assertThat(done.getRepliedBy()).isEqualTo(sub.getUserId());

        Browser userA = institutionBrowser(sub.getUserId());
        assertThat(userA.get("/institution/feedback/" + feedback.getId()).body())
                .contains("已驳回", "日期与档案一致。").doesNotContain("问题反馈回复");
        HttpResponse<String> late = userA.submitForm("/institution/feedback", "/institution/feedback/"
                + feedback.getId() + "/answer", Map.of("outcome", "RESOLVED", "reply", "再答一次"));
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(userA.get("/institution/feedback/" + feedback.getId()).body()).contains("已处理");
        assertThat(feedbacks.findById(feedback.getId()).orElseThrow().getStatus()).isEqualTo(FeedbackStatus.REJECTED);
    }

    @Test
    void theSameFormSentTwiceIsOneFeedback() {
        TestInstitutions.Registered a = institutions.registered("湖南邮电职业技术学院");
        ApplicantPrincipal learner = applicants.create("冯同学");
        LearnerAchievement la = learnerAchievement(a, learner, "通信技术毕业证书（高职）");
        Browser portal = applicantBrowser(learner);
        String url = "/achievements/" + la.getId() + "/feedback";
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"")
                .matcher(portal.get(url).body());
        assertThat(key.find()).isTrue();
        Map<String, String> fields = Map.of("category", "DATE", "content", "毕业日期有误", "submissionKey", key.group(1));
        assertThat(portal.submitForm(url, url, fields).statusCode()).isEqualTo(302);
        assertThat(portal.submitForm(url, url, fields).statusCode()).isEqualTo(302);
        assertThat(feedbacks.findByApplicantIdOrderByIdDesc(learner.applicantId())).hasSize(1);
    }

    @Test
    void anotherApplicantsLearnerAchievementIsNotFound() {
        TestInstitutions.Registered a = institutions.registered("湖南外贸职业学院");
        ApplicantPrincipal owner = applicants.create("郑同学");
        ApplicantPrincipal other = applicants.create("王同学");
        LearnerAchievement la = learnerAchievement(a, owner, "国际贸易毕业证书（高职）");

        Browser portal = applicantBrowser(other);
        assertThat(portal.get("/achievements/" + la.getId() + "/feedback").statusCode()).isEqualTo(404);
        assertThat(portal.get("/achievements/not-a-number/feedback").statusCode()).isEqualTo(404);
        HttpResponse<String> forged = portal.submitForm("/achievements/feedback",
                "/achievements/" + la.getId() + "/feedback", Map.of("category", "OTHER", "content", "试试"));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(feedbacks.findByApplicantIdOrderByIdDesc(other.applicantId())).isEmpty();
        assertThat(feedbacks.findByApplicantIdOrderByIdDesc(owner.applicantId())).isEmpty();
    }
}
