package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.account.realname.RealNameVerificationProcess;
import io.casehall.account.registry.GraduateRegistryRows;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Shared steps of the archive web tests: verified graduates (registry row + real-name request through the
 * portal), the application form as the browser posts it, and staff completing the case's tasks.
 */
abstract class ArchiveWebTest extends IntegrationTest {

    static final String DEPARTMENT = "化工与环境生命学部";
    static final String MAJOR = "化学工程与技术";

    @Autowired
    TestApplicants applicants;
    @Autowired
    GraduateRegistryRows registry;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ArchiveApplicationRepository applications;

    /** A verified applicant: in the graduate registry, verified through the real-name page. */
    record Graduate(ApplicantPrincipal principal, String name, String studentNo, String idNumber) {
        Long id() {
            return principal.applicantId();
        }
    }

    Graduate graduate(String name) throws Exception {
        ApplicantPrincipal applicant = applicants.create(name);
        String idNumber = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add(name, idNumber, studentNo);
        return verified(applicant, idNumber, studentNo);
    }

    /** Verifies an applicant's real name through the portal with an ID number and student number of the registry. */
    Graduate verified(ApplicantPrincipal applicant, String idNumber, String studentNo) throws Exception {
        MvcResult result = mvc.perform(multipart("/realname")
                        .file(new MockMultipartFile("photo", "id.png", "image/png", TestFiles.png()))
                        .with(as(applicant)).with(csrf())
                        .param("documentType", "ID_CARD").param("documentNumber", idNumber).param("studentNo", studentNo)
                        .param("department", DEPARTMENT).param("major", MAJOR).param("educationLevel", "硕士研究生")
                        .param("studyMode", "全日制"))
                .andReturn();
        assertThat(result.getFlashMap().get("okMessage")).as("real-name verification").isNotNull();
        return new Graduate(applicant, applicant.displayName(), studentNo, idNumber);
    }

    /** A verified applicant who is not in the graduate registry. */
    ApplicantPrincipal verifiedStranger(String name) throws Exception {
        ApplicantPrincipal applicant = applicants.create(name);
        mvc.perform(multipart("/realname")
                .file(new MockMultipartFile("photo", "id.png", "image/png", TestFiles.png()))
                .with(as(applicant)).with(csrf())
                .param("documentType", "ID_CARD").param("documentNumber", TestIdNumbers.next()));
        Task review = taskService.createTaskQuery()
                .processInstanceBusinessKey(RealNameVerificationProcess.businessKey(applicant.applicantId())).singleResult();
        if (review != null) {
            identityService.setAuthentication("reviewer", List.of("realNameReview"));
            try {
                taskService.claim(review.getId(), "reviewer");
                taskService.complete(review.getId(), Map.of(RealNameVerificationProcess.VAR_REVIEW_OUTCOME, RealNameVerificationProcess.OUTCOME_APPROVED));
            } finally {
                identityService.clearAuthentication();
            }
        }
        return applicant;
    }

    /**
     * The application form as the browser sends it: every item row of the service (unticked), the stage
     * details, pick-up; {@code fields} (name, value, ...) replace or add fields, e.g. items[1].selected=true.
     * Files are added by the caller as scan_i.
     */
    MockMultipartHttpServletRequestBuilder applicationForm(Graduate g, ArchiveServiceType service, String submissionKey,
                                                           String... fields) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("service", service.name());
        values.put("stage", StudyStage.MASTER.name());
        values.put("submissionKey", submissionKey);
        values.put("studentNo", g.studentNo());
        values.put("educationLevel", "硕士研究生");
        values.put("department", DEPARTMENT);
        values.put("major", MAJOR);
        values.put("enrolmentDate", "2018-09-01");
        values.put("graduationDate", "2021-06-30");
        values.put("deliveryMode", DeliveryMode.PICKUP.name());
        List<ArchiveItemType> items = ArchiveItemType.of(service);
        for (int i = 0; i < items.size(); i++) {
            values.put("items[" + i + "].type", items.get(i).name());
            values.put("_items[" + i + "].selected", "on");
            values.put("items[" + i + "].copies", "1");
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/apply/archive/applications");
        request.with(as(g.principal())).with(csrf());
        values.forEach(request::param);
        return request;
    }

    /** Submits a valid application (first item ticked, with a scan where needed) and returns it. */
    ArchiveApplication submitted(Graduate g, ArchiveServiceType service, DeliveryMode delivery, int itemIndex,
                                 String... moreParams) throws Exception {
        String[] params = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "items[" + itemIndex + "].selected", "true", "deliveryMode", delivery.name()),
                java.util.Arrays.stream(moreParams)).toArray(String[]::new);
        MockMultipartHttpServletRequestBuilder form = applicationForm(g, service, java.util.UUID.randomUUID().toString(),
                params);
        if (ArchiveItemType.of(service).get(itemIndex).isScanRequired()) {
            form.file(new MockMultipartFile("scan_" + itemIndex, "证书.png", "image/png", TestFiles.png()));
        }
        MvcResult result = mvc.perform(form).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("submitted").startsWith("/apply/archive/applications/");
        return application(result);
    }

    ArchiveApplication application(MvcResult redirect) {
        String url = redirect.getResponse().getRedirectedUrl();
        return applications.findById(Long.valueOf(url.substring(url.lastIndexOf('/') + 1))).orElseThrow();
    }

    ArchiveApplication reload(ArchiveApplication application) {
        return applications.findById(application.getId()).orElseThrow();
    }

    /** A staff member completes the case's open task of that kind, as Tasklist would, then jobs run. */
    void completeTask(ArchiveApplication application, String taskKey, String user, String group,
                      Map<String, Object> variables) {
        Task task = taskService.createTaskQuery()
                .processInstanceBusinessKey(ArchiveUseProcess.businessKey(application.getNumber()))
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        runJobs();
    }

    void accept(ArchiveApplication application) {
        completeTask(application, ArchiveUseProcess.TASK_CHECK_REQUEST, "clerk", "archiveClerk",
                Map.of(ArchiveUseProcess.VAR_CHECK_DECISION, ArchiveUseProcess.DECISION_ACCEPT));
    }

    String page(ApplicantPrincipal applicant, String url) throws Exception {
        return mvc.perform(get(url).with(as(applicant))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String page(Graduate g, String url) throws Exception {
        return page(g.principal(), url);
    }

    String staffPage(String url, RequestPostProcessor staff) throws Exception {
        return mvc.perform(get(url).with(staff)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts a small form of an action and returns the redirect's result (its flash holds the message). */
    MvcResult action(Graduate g, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(as(g.principal())).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    static String flash(MvcResult result, String name) {
        Object value = result.getFlashMap().get(name);
        return value == null ? null : value.toString();
    }

    /** 我的办件 filtered on archive use: the applicant's list of archive applications. */
    static final String MY_CASES = "/cases?procedure=archive";

    static String url(ArchiveApplication application) {
        return "/apply/archive/applications/" + application.getId();
    }

    static RequestPostProcessor as(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }

    static RequestPostProcessor staff(String userId, String group) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(userId, userId, List.of(group)), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "GROUP_" + group)));
    }

    /**
     * Phone layout: under 600 px every table is stacked cards (static/css/casehall.css) and each data cell names its
     * column with data-label, so a table with a header row must label every cell of its body.
     */
    static void assertTablesStackOnAPhone(String html) {
        java.util.regex.Matcher table = java.util.regex.Pattern.compile("(?s)<table[^>]*>(.*?)</table>").matcher(html);
        int checked = 0;
        while (table.find()) {
            String body = table.group(1);
            if (!body.contains("<thead") || body.contains("keep-table")) {
                continue;
            }
            String rows = body.substring(body.indexOf("</thead>"));
            java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td(\\s[^>]*)?>").matcher(rows);
            while (cell.find()) {
                assertThat(cell.group()).as("a table cell without its column name for the phone layout")
                        .contains("data-label=\"");
                checked++;
            }
        }
        assertThat(checked).as("cells checked").isPositive();
        assertThat(html).doesNotContain("style=\"");
    }
}
