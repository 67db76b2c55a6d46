package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A double click on 提交申请 never shows an error page and never makes two applications (issue 9, item 6): the
 * form carries a one-time token, the first POST claims it, every other POST with it lands on the application
 * the first created — also when both run at the same moment in one browser session.
 */
class ArchiveDoubleSubmitWebTest extends ArchiveWebTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");

    @Test
    void aDoubleClickInOneBrowserSessionLandsBothRequestsOnOneApplication() throws Exception {
        Graduate g = graduate("何双击");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                // A fresh session each round: its first message after a redirect is what two requests raced to store.
                MvcResult form = mvc.perform(get("/apply/archive/academicRecord/new?stage=MASTER").with(as(g.principal())))
                        .andReturn();
                Cookie session = form.getResponse().getCookie("SESSION");
                assertThat(session).as("the portal keeps its session in the database").isNotNull();
                String token = token(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
                Callable<MvcResult> click = () -> mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD,
                        token, "items[0].selected", "true").cookie(session)).andReturn();
                List<MvcResult> answers = new ArrayList<>();
                for (Future<MvcResult> answer : pool.invokeAll(List.of(click, click))) {
                    answers.add(answer.get());
                }
                for (MvcResult answer : answers) {
                    assertThat(answer.getResponse().getStatus()).isEqualTo(302);
                    assertThat(answer.getResponse().getRedirectedUrl())
                            .isEqualTo(answers.get(0).getResponse().getRedirectedUrl())
                            .startsWith("/apply/archive/applications/");
                    assertThat(flash(answer, "okMessage")).startsWith("提交成功，申请单号 ");
                }
                assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameFormSentAgainLaterLandsOnTheApplicationTheFirstCreated() throws Exception {
        Graduate g = graduate("钱重发");
        String token = token(page(g, "/apply/archive/academicRecord/new?stage=MASTER"));
        MvcResult first = mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, token,
                "items[0].selected", "true")).andReturn();
        ArchiveApplication application = application(first);

        // The back button and another click, even with something changed: the same application, told again.
        MvcResult again = mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, token,
                "items[1].selected", "true", "remark", "改过的备注")).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(url(application));
        assertThat(flash(again, "okMessage")).contains(application.getNumber());
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);
        assertThat(reload(application).getApplicantRemark()).isNull();

        // Every form page has a token of its own.
        assertThat(token(page(g, "/apply/archive/academicRecord/new?stage=MASTER"))).isNotEqualTo(token);
    }

    @Test
    void aFormWithoutItsTokenOrWithAnotherPersonsComesBackWithAFreshOne() throws Exception {
        Graduate g = graduate("孙无令");
        Graduate other = graduate("李别人");
        String othersToken = UUID.randomUUID().toString();
        ArchiveApplication othersApplication = application(mvc.perform(applicationForm(other,
                ArchiveServiceType.ACADEMIC_RECORD, othersToken, "items[0].selected", "true")).andReturn());

        for (String token : new String[] {"", "not-a-token", othersToken}) {
            String page = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, token,
                            "items[0].selected", "true", "remark", "保留备注")), as(g.principal()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as("token '" + token + "'").contains("页面已过期或已在别处提交", "保留备注")
                    .doesNotContain(othersApplication.getNumber());
            String fresh = token(page);
            assertThat(fresh).isNotEqualTo(othersToken);
            assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();
        }
        // The fresh token of the page that came back works.
        String fresh = token(followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, "",
                "items[0].selected", "true")), as(g.principal())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        MvcResult created = mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, fresh,
                "items[0].selected", "true")).andReturn();
        assertThat(application(created).getApplicantId()).isEqualTo(g.id());
    }

    @Test
    void aFormThatCameBackWithMessagesCanBeSentWithTheSameToken() throws Exception {
        Graduate g = graduate("周再试");
        String token = UUID.randomUUID().toString();
        followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, token)), as(g.principal()))
                .andExpect(status().isOk());
        MvcResult created = mvc.perform(applicationForm(g, ArchiveServiceType.ACADEMIC_RECORD, token,
                "items[0].selected", "true")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/apply/archive/applications/");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);
    }

    @Test
    void anActionClickedTwiceIsDoneOnceAndBothClicksAreToldItsOutcome() throws Exception {
        Graduate g = graduate("吴取消");
        ArchiveApplication application = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        MvcResult detail = mvc.perform(get(url(application) + "/cancel").with(as(g.principal()))).andReturn();
        Cookie session = detail.getResponse().getCookie("SESSION");
        String token = token(detail.getResponse().getContentAsString(StandardCharsets.UTF_8));
        Callable<MvcResult> click = () -> mvc.perform(
                post(url(application) + "/cancel").with(as(g.principal())).with(csrf())
                        .param("submissionKey", token).param("confirm", "yes").cookie(session)).andReturn();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<MvcResult> answer : pool.invokeAll(List.of(click, click))) {
                MvcResult result = answer.get();
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(url(application));
                assertThat(flash(result, "okMessage")).startsWith("申请已取消。");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
        // Clicked again later: the same answer, not a refusal.
        MvcResult later = action(g, url(application) + "/cancel", "submissionKey", token, "confirm", "yes");
        assertThat(flash(later, "okMessage")).startsWith("申请已取消。");
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("the form's submission token").isTrue();
        return matcher.group(1);
    }
}
