package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameForms.as;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.account.registry.GraduateRegistryRows;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Real-name verification uses the shared one-time submission token: the same form sent twice is one request. */
class RealNameDoubleSubmitHttpTest extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    TestApplicants applicants;
    @Autowired
    GraduateRegistryRows registry;
    @Autowired
    RealNameRequestRepository requests;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void theSameFormSentAgainAfterItWasApprovedIsToldItIsApproved() throws Exception {
        ApplicantPrincipal applicant = applicants.create("冯两次");
        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("冯两次", id, studentNo);
        String token = token(mvc.perform(get("/realname").with(as(applicant))).andReturn());

        for (int click = 0; click < 2; click++) {
            MvcResult answer = mvc.perform(form(applicant, token, id, studentNo)).andReturn();
            assertThat(answer.getResponse().getRedirectedUrl()).as("click " + click).isEqualTo("/realname");
            assertThat(answer.getFlashMap().get("okMessage")).isEqualTo("实名认证已通过，您现在可以申请业务。");
        }
        assertThat(requests.findByApplicantIdAndStatus(applicant.applicantId(), RequestStatus.APPROVED)).hasSize(1);
    }

    @Test
    void aDoubleClickInOneBrowserSessionMakesOneRequestAndOneCase() throws Exception {
        ApplicantPrincipal applicant = applicants.create("蒋双击");
        String id = TestIdNumbers.next(); // not in the registry: the request waits for a reviewer
        MvcResult page = mvc.perform(get("/realname").with(as(applicant))).andReturn();
        Cookie session = page.getResponse().getCookie("SESSION");
        String token = token(page);
        Callable<MvcResult> click = () -> mvc.perform(form(applicant, token, id, null).cookie(session)).andReturn();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<MvcResult> answers = new ArrayList<>();
        try {
            for (Future<MvcResult> answer : pool.invokeAll(List.of(click, click))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (MvcResult answer : answers) {
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/realname");
            assertThat(answer.getFlashMap().get("okMessage")).isEqualTo(
                    answers.get(0).getFlashMap().get("okMessage"));
        }
        assertThat(requests.findByApplicantIdAndStatus(applicant.applicantId(), RequestStatus.PENDING)).hasSize(1);
        assertThat(requests.findByApplicantIdAndStatus(applicant.applicantId(), RequestStatus.SUPERSEDED)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(RealNameVerificationProcess.businessKey(applicant.applicantId())).count())
                .isEqualTo(1);
    }

    private MockMultipartHttpServletRequestBuilder form(ApplicantPrincipal applicant, String token, String id,
                                                        String studentNo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/realname");
        request.file(new MockMultipartFile("photo", "身份证.png", "image/png", TestFiles.png()))
                .with(as(applicant)).with(csrf())
                .param("submissionKey", token).param("documentType", "ID_CARD").param("documentNumber", id)
                .param("educationLevel", "硕士研究生");
        if (studentNo != null) {
            request.param("studentNo", studentNo);
        }
        return request;
    }

    private static String token(MvcResult page) throws Exception {
        Matcher matcher = TOKEN.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the form's submission token").isTrue();
        return matcher.group(1);
    }
}
