package io.casehall.deposit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositApplicationRepository;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositTestCases;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared steps of the deposit portal tests: verified applicants, the form as a browser posts it, pages as text. */
abstract class DepositPortalWebSupport extends IntegrationTest {

    static final String FORM_URL = "/apply/deposit/goingAbroad/form";
    static final String ELIGIBLE = "?applicantGroup=graduateDirect&archiveKeeper=publicAgency";

    @Autowired TestApplicants applicants;
    @Autowired DepositApplicationRepository applications;
    @Autowired DepositTestCases cases;
    @Autowired DepositService deposits;

    ApplicantPrincipal applicant(String name) {
        return applicants.createVerifiedGraduate(name, false);
    }

    static RequestPostProcessor as(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }

    String page(ApplicantPrincipal applicant, String url) throws Exception {
        return mvc.perform(get(url).with(as(applicant))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String followed(ResultActions post, ApplicantPrincipal applicant) throws Exception {
        return followRedirect(post, as(applicant)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The one-time token of the form page the applicant would see now. */
    String token(ApplicantPrincipal applicant, String formPage) throws Exception {
        return valueOf(page(applicant, formPage), "submissionKey");
    }

    /** The value of the first input with this name on a page. */
    static String valueOf(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("input " + name).isTrue();
        return m.group(1);
    }

    /**
     * A complete 出国(境)存档 form as the browser sends it (two history rows, one study row, both ID sides);
     * {@code fields} (name, value, ...) replace or add fields, a value of null leaves the field out.
     */
    MockMultipartHttpServletRequestBuilder depositForm(ApplicantPrincipal applicant, String url, String token,
                                                       String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("submissionKey", token);
        values.put("applicantGroup", "graduateDirect");
        values.put("archiveKeeper", "publicAgency");
        values.put("birthDate", "2001-05-04");
        values.put("householdDivision", "110108");
        values.put("ethnicity", "01");
        values.put("politicalStatus", "03");
        values.put("maritalStatus", "10");
        values.put("childbearingStatus", "0");
        values.put("passportNo", "E12345678");
        values.put("mobile", "13812345678");
        values.put("email", "liming@example.com");
        values.put("contactName", "李父");
        values.put("contactMobile", "13900139000");
        values.put("domesticHistory[0].from", "2016-09-01");
        values.put("domesticHistory[0].to", "2019-06-30");
        values.put("domesticHistory[0].organisation", "北京市第一中学");
        values.put("domesticHistory[0].role", "高中");
        values.put("domesticHistory[1].from", "2019-09-01");
        values.put("domesticHistory[1].to", "2023-06-30");
        values.put("domesticHistory[1].organisation", "大连理工大学");
        values.put("domesticHistory[1].role", "本科");
        values.put("overseasStudy[0].from", "2023-09-01");
        values.put("overseasStudy[0].to", "2025-06-30");
        values.put("overseasStudy[0].institution", "伦敦大学学院");
        values.put("overseasStudy[0].degree", "硕士");
        values.put("overseasStudy[0].certificationNo", "无");
        values.put("agencyName", "北京市海淀区人才服务中心");
        values.put("agreementAccepted", "true");
        values.put("_agreementAccepted", "on");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.with(as(applicant)).with(csrf());
        values.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    static MockMultipartFile pdf(String slot, String name) {
        return new MockMultipartFile("file_" + slot, name, "application/pdf", TestFiles.pdf());
    }

    /** Submits a complete deposit form with both ID sides and returns the application it made. */
    DepositApplication submitted(ApplicantPrincipal applicant, String... fields) throws Exception {
        MvcResult result = mvc.perform(depositForm(applicant, FORM_URL, token(applicant, FORM_URL + ELIGIBLE), fields)
                .file(pdf("ID_FRONT", "身份证正面.pdf")).file(pdf("ID_BACK", "身份证反面.pdf"))).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as("submitted").startsWith("/apply/deposit/applications/");
        return applications.findById(Long.valueOf(target.substring(target.lastIndexOf('/') + 1))).orElseThrow();
    }

    DepositApplication reload(DepositApplication application) {
        return applications.findById(application.getId()).orElseThrow();
    }

    static String url(DepositApplication application) {
        return "/apply/deposit/applications/" + application.getId();
    }
}
