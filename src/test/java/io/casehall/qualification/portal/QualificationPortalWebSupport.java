package io.casehall.qualification.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared steps of the graduate portal tests: verified applicants, a campaign, binding by code, the change form. */
abstract class QualificationPortalWebSupport extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    @Autowired TestApplicants applicants;
    @Autowired PortalCampaigns campaigns;
    @Autowired OutboxMessageRepository outbox;

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

    ResultActions postBind(ApplicantPrincipal applicant, String action, QualificationGraduate graduate,
                           String... overrides) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("college", graduate.getCollege());
        values.put("name", graduate.getName());
        values.put("studentNo", graduate.getStudentNo());
        values.put("phone", graduate.getPhone());
        values.put("action", action);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/qualification/bind").with(as(applicant)).with(csrf());
        values.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return mvc.perform(request);
    }

    String codeSentTo(String mobile) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(mobile)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    /** Step 1 done: a code sent to the phone on record, entered. */
    void bind(ApplicantPrincipal applicant, QualificationGraduate graduate) throws Exception {
        postBind(applicant, "sendCode", graduate).andReturn();
        String code = codeSentTo(graduate.getPhone());
        String target = postBind(applicant, "bind", graduate, "code", code).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).isEqualTo("/qualification");
        assertThat(campaigns.reload(graduate).getApplicantAccountId()).isEqualTo(applicant.applicantId());
    }

    /** A verified applicant bound to a new graduate of a new open campaign. */
    Bound bound(String name) throws Exception {
        QualificationCampaign campaign = campaigns.open();
        QualificationGraduate graduate = campaigns.graduate(campaign, name);
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate(name, false);
        bind(applicant, graduate);
        return new Bound(applicant, campaign, graduate);
    }

    record Bound(ApplicantPrincipal applicant, QualificationCampaign campaign, QualificationGraduate graduate) {
    }

    /** The change form as it opens for the graduate of {@link PortalCampaigns#graduate}, with overrides. */
    MockMultipartHttpServletRequestBuilder changeForm(Bound b, String... overrides) {
        QualificationGraduate g = b.graduate();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", g.getName());
        values.put("gender", g.getGender());
        values.put("birthDate", g.getBirthDate().toString());
        values.put("originPlaceProvince", "110000");
        values.put("originPlaceCity", "110108");
        values.put("originPlaceDistrict", "");
        values.put("ethnicity", g.getEthnicity());
        values.put("politicalStatus", g.getPoliticalStatus());
        values.put("phone", g.getPhone());
        values.put("homeDivisionProvince", "");
        values.put("homeDivisionCity", "");
        values.put("homeDivisionDistrict", "");
        values.put("homeStreet", "");
        values.put("homeHouseNo", "");
        values.put("homePhone", g.getHomePhone());
        values.put("email", g.getEmail());
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/qualification/change");
        request.with(as(b.applicant())).with(csrf());
        values.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }
}
