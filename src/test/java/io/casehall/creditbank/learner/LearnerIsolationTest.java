package io.casehall.creditbank.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two institutions: B uses the ids of A's learners, learner achievements, achievement and import batch on every URL
 * of this feature, and gets "not found" or a refusal — never A's data, never a change, never a 500.
 */
class LearnerIsolationTest extends IntegrationTest {

    static final String L = "/institution/learners";
    static final String LA = "/institution/learner-achievements";

    @Autowired
    TestInstitutions institutions;
    @Autowired
    LearnerTestSupport support;
    @Autowired
    LearnerRepository learners;
    @Autowired
    LearnerAchievementRepository learnerAchievements;
    @Autowired
    LearnerAchievements service;
    @Autowired
    LearnerImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherInstitutionsIdsAreNotFoundAnywhere() throws Exception {
        TestInstitutions.Registered a = institutions.registered("甲职业技术学院");
        TestInstitutions.Registered b = institutions.registered("乙职业技术学院");
        InstitutionPrincipal meA = support.principal(a.adminLogin());
        Achievement achievementOfA = support.achievement(a, "甲的证书");
        String idOfA = LearnerTestSupport.idNumber();
        LearnerAchievement laOfA = service.store(meA, achievementOfA.getId(), new LearnerAchievements.NewEntry(
                "甲学员", idOfA, "A" + System.nanoTime(), LocalDate.of(2022, 3, 1)));
        Learner learnerOfA = learners.findById(laOfA.getLearnerId()).orElseThrow();
        byte[] sheet = LearnerTestSupport.xlsx(List.of("学员姓名", "身份证号"), List.of(List.of("甲二",
                LearnerTestSupport.idNumber())));
        long batchOfA = imports.importLearners(meA, "甲.xlsx", sheet).batch().getId();
        RequestPostProcessor asB = support.as(b);
        long lid = learnerOfA.getId();
        long laid = laOfA.getId();
        long aid = achievementOfA.getId();

        List<MockHttpServletRequestBuilder> requests = List.of(
                get(L + "/" + lid + "/edit"),
                post(L + "/" + lid + "/edit").param("name", "乙改").param("idNumber", LearnerTestSupport.idNumber()).with(csrf()),
                get(L + "/delete").param("ids", String.valueOf(lid)),
                post(L + "/delete").param("ids", String.valueOf(lid)).with(csrf()),
                get(L + "/imports/" + batchOfA),
                get(L + "/imports/" + batchOfA + "/report"),
                get(LA + "/" + laid),
                get(LA + "/" + laid + "/reason-file"),
                get(LA).param("learnerId", String.valueOf(lid)),
                get(LA).param("achievementId", String.valueOf(aid)),
                get(LA + "/withdraw").param("ids", String.valueOf(laid)),
                multipart(LA + "/withdraw").file(new MockMultipartFile("file", "r.pdf", "application/pdf", TestFiles.pdf()))
                        .param("ids", String.valueOf(laid)).param("reason", "乙撤回").with(csrf()),
                get(LA + "/store/" + aid),
                post(LA + "/store/" + aid).param("name", "乙学员").param("idNumber", LearnerTestSupport.idNumber())
                        .param("personalNo", "B" + System.nanoTime()).param("issueDate", "2022-03-01").with(csrf()),
                multipart(LA + "/store/" + aid + "/import").file(new MockMultipartFile("file", "b.xlsx",
                        LearnerAccountsWebTest.XLSX, sheet)).with(csrf()),
                get(LA + "/store/" + aid + "/imports/" + batchOfA),
                get(LA + "/imports/" + batchOfA + "/report"));
        for (MockHttpServletRequestBuilder request : requests) {
            MvcResult result = mvc.perform(request.with(asB)).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(404);
            assertThat(body).doesNotContain("甲学员").doesNotContain("甲的证书");
        }

        // The exports of selected rows find nothing of A's.
        assertThat(mvc.perform(get(L + "/export").param("ids", String.valueOf(lid)).with(asB)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已选择 0 条数据");
        assertThat(mvc.perform(get(LA + "/export").param("ids", String.valueOf(laid)).with(asB)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已选择 0 条数据");
        assertThat(service.ofApplicant(-1L)).isEmpty();
        // B's lists do not show A's rows, even filtered by A's learner's ID number.
        assertThat(mvc.perform(get(LA).param("idNumber", idOfA).with(asB)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("甲学员");
        assertThat(mvc.perform(get(L).param("idNumber", idOfA).with(asB)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("甲学员");

        // Nothing of A's changed.
        Learner after = learners.findById(lid).orElseThrow();
        assertThat(after.getName()).isEqualTo("甲学员");
        assertThat(learnerAchievements.findById(laid).orElseThrow().isWithdrawn()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner_achievement WHERE institution_id = ?",
                Integer.class, b.institution().getId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_learner WHERE institution_id = ?",
                Integer.class, b.institution().getId())).isZero();
    }
}
