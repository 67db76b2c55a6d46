package io.casehall.creditbank.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.conversion.ConversionApplication;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import io.casehall.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Another institution's rule id in any address of 转换规则管理 answers like a missing rule (404, no change, no 500);
 * the portal shows only published rules; a rule with pending applications is neither changed nor deleted but may be
 * withdrawn; the dashboard counts the rules per status.
 */
class ConversionRuleIsolationTest extends IntegrationTest {

    @Autowired
    RuleFixtures fixtures;
    @Autowired
    ConversionRuleRepository rules;
    @Autowired
    ConversionApplicationRepository applications;
    @Autowired
    Clock clock;

    private InstitutionPrincipal me;
    private RequestPostProcessor asMe;
    private InstitutionPrincipal other;
    private ConversionRule theirDraft;
    private ConversionRule theirPublished;

    @BeforeEach
    void setUp() {
        me = fixtures.institution("长沙理工大学");
        asMe = RuleFixtures.as(me);
        other = fixtures.institution("新疆美食培训");
        InstitutionPrincipal third = fixtures.institution("第三机构");
        long source = fixtures.nonDegreeCertificate(third, "第三方证书");
        long course = fixtures.course(other, "别校课程");
        fixtures.publishedMethod(other);
        theirDraft = fixtures.rule(other, source, course, false);
        theirPublished = fixtures.rule(other, source, course, true);
    }

    @Test
    void anotherInstitutionsRuleIsNotFoundAnywhere() throws Exception {
        for (ConversionRule rule : List.of(theirDraft, theirPublished)) {
            String base = "/institution/rules/" + rule.getId();
            for (String url : List.of(base, base + "/edit", base + "/file", base + "/delete", base + "/withdraw")) {
                mvc.perform(get(url).with(asMe)).andExpect(status().isNotFound());
            }
            for (String url : List.of(base + "/delete", base + "/publish", base + "/withdraw")) {
                mvc.perform(post(url).with(csrf()).with(asMe)).andExpect(status().isNotFound());
            }
            mvc.perform(multipart(base + "/edit").param("type", "NON_DEGREE_TO_DEGREE").param("description", "篡改")
                    .param("commitment", "true").param("action", "save").with(csrf()).with(asMe))
                    .andExpect(status().isNotFound());
            ConversionRule unchanged = rules.findById(rule.getId()).orElseThrow();
            assertThat(unchanged.getStatus()).isEqualTo(rule.getStatus());
            assertThat(unchanged.getDescription()).isEqualTo("测试转换说明");
        }
        mvc.perform(get("/institution/rules/999999999").with(asMe)).andExpect(status().isNotFound());
        mvc.perform(get("/institution/rules/abc").with(asMe)).andExpect(status().isNotFound());
        // Not related to me (the source is a third institution's): not on my related tab either.
        String related = mvc.perform(get("/institution/rules?tab=related").with(asMe)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(related).doesNotContain(theirPublished.getCode());
    }

    @Test
    void theFirstRuleWaitsForThePublishingCommitment() throws Exception {
        InstitutionPrincipal newcomer = fixtures.newcomer("新机构");
        MvcResult result = mvc.perform(get("/institution/rules/new").with(RuleFixtures.as(newcomer)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/institution/commitment?next=/institution/rules/new");
        mvc.perform(multipart("/institution/rules/new").param("action", "save").with(csrf())
                .with(RuleFixtures.as(newcomer))).andExpect(status().is3xxRedirection());
        assertThat(rules.countPerStatus(newcomer.institutionId())).isEmpty();
    }

    @Test
    void portalShowsOnlyPublishedRules() throws Exception {
        String list = mvc.perform(get("/creditbank/rules").param("institution", other.institutionName()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(theirPublished.getCode()).doesNotContain(theirDraft.getCode());
        assertThat(mvc.perform(get("/creditbank/rules").param("source", "第三方证书").param("target", "别校课程"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(theirPublished.getCode());
        mvc.perform(get("/creditbank/rules/" + theirDraft.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/creditbank/rules/" + theirDraft.getId() + "/file")).andExpect(status().isNotFound());
        mvc.perform(get("/creditbank/rules/" + theirPublished.getId())).andExpect(status().isOk());
        mvc.perform(get("/creditbank/rules/" + theirPublished.getId() + "/file")).andExpect(status().isOk());
    }

    @Test
    void pendingApplicationsKeepTheRuleButItMayBeWithdrawn() throws Exception {
        RequestPostProcessor asOther = RuleFixtures.as(other);
        applications.save(ConversionApplication.personal(theirPublished.getId(), theirPublished.getCode(),
                other.institutionId(), null, "李毅", clock.instant(), 2026));
        String base = "/institution/rules/" + theirPublished.getId();
        mvc.perform(post(base + "/withdraw").with(csrf()).with(asOther)).andExpect(status().is3xxRedirection());
        assertThat(rules.findById(theirPublished.getId()).orElseThrow().getStatus()).isEqualTo(RuleStatus.WITHDRAWN);
        MvcResult edit = mvc.perform(get(base + "/edit").with(asOther)).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) edit.getFlashMap().get("errorMessage")).contains("待审核");
        MvcResult delete = mvc.perform(post(base + "/delete").with(csrf()).with(asOther))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) delete.getFlashMap().get("errorMessage")).contains("待审核");
        assertThat(rules.findById(theirPublished.getId())).isPresent();
    }

    @Test
    void dashboardCountsRulesPerStatus() throws Exception {
        String dashboard = mvc.perform(get("/institution").with(RuleFixtures.as(other))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(counter(dashboard, "rules-total")).isEqualTo("2");
        assertThat(counter(dashboard, "rules-draft")).isEqualTo("1");
        assertThat(counter(dashboard, "rules-published")).isEqualTo("1");
        assertThat(counter(dashboard, "rules-withdrawn")).isEqualTo("0");
        String mine = mvc.perform(get("/institution").with(asMe)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(counter(mine, "rules-total")).isEqualTo("0");
    }

    @Test
    void achievementListCountsRelatedRulesAndKeepsTheirAchievements() throws Exception {
        RequestPostProcessor asOther = RuleFixtures.as(other);
        long course = theirPublished.getTargetCourseId();
        String list = mvc.perform(get("/institution/achievements").with(asOther)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("关联转换规则");
        int row = list.indexOf("别校课程");
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("class=\"related-rules\"[^>]*>(\\d+)<")
                .matcher(list);
        assertThat(cell.find(row)).isTrue();
        assertThat(cell.group(1)).isEqualTo("2");
        mvc.perform(post("/institution/achievements/delete").param("ids", String.valueOf(course)).with(csrf())
                .with(asOther)).andExpect(status().is3xxRedirection());
        assertThat(rules.findById(theirPublished.getId()).orElseThrow().getTargetCourseId()).isEqualTo(course);
    }

    private static String counter(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).isPositive();
        int value = page.indexOf("class=\"value\">", at) + "class=\"value\">".length();
        return page.substring(value, page.indexOf('<', value));
    }
}
