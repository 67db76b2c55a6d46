package io.casehall.account.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.DocumentValidity;
import io.casehall.account.ProfileExtras;
import io.casehall.account.ProfileExtrasService;
import io.casehall.account.TestApplicants;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 我的信息: the verified identity read-only, the extras edited with messages that keep what was typed. */
class ProfileWebTest extends IntegrationTest {

    @Autowired
    TestApplicants applicants;
    @Autowired
    ProfileExtrasService extras;
    @Autowired
    AuditEventRepository audit;

    @Test
    void theProfileShowsTheVerifiedIdentityReadOnlyAndSavesTheExtras() throws Exception {
        String idNumber = TestIdNumbers.next();
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("赵资料", idNumber, UniqueData.studentNo(), false)
                .principal();

        String page = page(applicant, "/profile");
        assertThat(page).contains("我的信息", "赵资料", idNumber.substring(0, 4) + "**********" + idNumber.substring(14), "value=\"中国\"", "长期有效",
                "name=\"_csrf\"").doesNotContain("name=\"fullName\"", "name=\"idNumber\"", "style=");
        assertThat(extras.of(applicant.applicantId())).isEqualTo(ProfileExtras.defaults());

        String start = LocalDate.now().minusYears(2).toString();
        mvc.perform(form(applicant, "中国", "TEN_YEARS", start, "010-62751234"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/profile"));
        ProfileExtras saved = extras.of(applicant.applicantId());
        assertThat(saved).isEqualTo(new ProfileExtras("中国", DocumentValidity.TEN_YEARS, LocalDate.parse(start),
                "010-62751234"));
        assertThat(saved.validityEnd()).isEqualTo(LocalDate.parse(start).plusYears(10));
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("applicant", applicant.applicantId().toString()))
                .anyMatch(e -> e.getAction().equals("PROFILE_EXTRAS_CHANGED")
                        && e.getDetail().contains("documentValidity") && e.getActorId().equals(applicant.actorId()));

        String after = followRedirect(mvc.perform(form(applicant, "中国", "TEN_YEARS", start, "010-62751234")),
                as(applicant)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("我的信息已保存", "value=\"010-62751234\"", "有效期至 " + saved.validityEnd());
    }

    @Test
    void refusedInputComesBackWithMessagesAndAsTyped() throws Exception {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("钱输入", false);
        String future = LocalDate.now().plusDays(3).toString();

        String page = followRedirect(mvc.perform(form(applicant, "中国123", "", future, "12ab")), as(applicant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请根据提示修改标红的内容", "国籍请填写国家名称", "请选择证件有效期",
                "有效期开始时间不能晚于今天", "固定电话请按“区号-号码”填写", "value=\"中国123\"", "value=\"12ab\"",
                "value=\"" + future + "\"");
        assertThat(extras.of(applicant.applicantId())).isEqualTo(ProfileExtras.defaults());

        String expired = followRedirect(mvc.perform(form(applicant, "中国", "FIVE_YEARS", "2010-01-01", "")),
                as(applicant)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(expired).contains("证件已于 2015-01-01 过期");

        String badDate = followRedirect(mvc.perform(form(applicant, "中国", "LONG_TERM", "2020-13-45", "")),
                as(applicant)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badDate).contains("请按“年-月-日”填写日期", "value=\"2020-13-45\"");
    }

    @Test
    void aLongTermCardNeedsAnApplicantOfFortySixOrOlder() throws Exception {
        // TestIdNumbers are born in 1998.
        ApplicantPrincipal young = applicants.createVerifiedGraduate("孙青年", false);
        String page = followRedirect(mvc.perform(form(young, "中国", "LONG_TERM", "2020-03-01", "")),
                as(young)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("长期有效的居民身份证只签发给 46 周岁以上的公民");
    }

    @Test
    void withoutCsrfOrSignInNothingIsSaved() throws Exception {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("李令牌", false);
        mvc.perform(post("/profile").with(as(applicant)).param("nationality", "日本").param("documentValidity", "LONG_TERM")
                .param("validityStart", "2020-01-01")).andExpect(status().isForbidden());
        assertThat(extras.of(applicant.applicantId()).nationality()).isEqualTo("中国");
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder form(ApplicantPrincipal applicant, String nationality, String validity,
                                               String start, String landline) {
        return post("/profile").with(as(applicant)).with(csrf()).param("nationality", nationality)
                .param("documentValidity", validity).param("validityStart", start).param("landline", landline);
    }

    private String page(ApplicantPrincipal applicant, String url) throws Exception {
        return mvc.perform(get(url).with(as(applicant))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor as(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }
}
