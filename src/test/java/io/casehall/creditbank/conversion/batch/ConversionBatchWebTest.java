package io.casehall.creditbank.conversion.batch;

import static io.casehall.creditbank.conversion.ConversionWebSupport.follow;
import static io.casehall.creditbank.conversion.ConversionWebSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Holder;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.conversion.ConversionApplication;
import io.casehall.creditbank.conversion.ConversionApplicationRepository;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionWebSupport;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.shared.masking.Masking;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 批量选择学员 → 申请转换 over HTTP: the source institution's holders listed masked, the ticked ones applied for (one
 * application, one approval task in the receiving institution's tenant), all matching a filter after the
 * confirmation, refusals counted per reason, and rules that are not the institution's business not found.
 */
class ConversionBatchWebTest extends IntegrationTest {

    @Autowired
    TestConversions conversions;
    @Autowired
    TestInstitutions institutions;
    @Autowired
    ConversionWebSupport support;
    @Autowired
    ConversionApplicationRepository applications;
    @Autowired
    ConversionItemRepository items;
    @Autowired
    Masking mask;

    static String base(ConversionRule rule) {
        return "/institution/conversion/rules/" + rule.getId() + "/apply";
    }

    @Test
    void theSourceInstitutionAppliesForTickedLearnersThenForAllMatchingAndIsToldWhoWasRefused() throws Exception {
        Scenario s = conversions.scenario(3);
        RequestPostProcessor b = support.as(s.source());
        Holder first = s.holders().get(0);
        Holder second = s.holders().get(1);
        Holder third = s.holders().get(2);

        String list = page(mvc, get(base(s.rule())), b);
        assertThat(list).contains("批量选择学员", s.rule().getCode(), "源成果：物流管理职业技能等级证书（中级）",
                "目标成果：专业 现代物流管理毕业证书", first.name(), second.name(), third.name(),
                mask.idNumber(first.idNumber()), "申请转换", "共 3 条").doesNotContain(first.idNumber());

        assertThat(ConversionWebSupport.shown(page(mvc, get(base(s.rule())).param("lang", "en"), b))).contains("Choose learners",
                "Apply for conversion").doesNotContain("批量选择学员", "申请转换");
        assertThat(ConversionWebSupport.shown(page(mvc, get(base(s.rule()) + "/confirm").param("lang", "en"), b)))
                .contains("The filters choose 3 learners").doesNotContain("确定");

        String done = follow(mvc, mvc.perform(post(base(s.rule())).param("ids",
                first.learnerAchievementId().toString(), second.learnerAchievementId().toString())
                .with(csrf()).with(b)), b);
        assertThat(done).contains("2 名学员的成果转换申请已提交", "转换记录", "机构发起 (2)", first.name(), second.name());
        List<ConversionItem> mine = items.findAll().stream()
                .filter(i -> i.getRuleId().equals(s.rule().getId())).toList();
        assertThat(mine).hasSize(2).allSatisfy(i -> {
            assertThat(i.getInitiatorInstitutionId()).isEqualTo(s.source().institution().getId());
            assertThat(i.getTargetInstitutionId()).isEqualTo(s.target().institution().getId());
        });
        ConversionApplication application = applications.findById(mine.get(0).getApplicationId()).orElseThrow();
        assertThat(application.getChannel()).isEqualTo(ConversionChannel.INSTITUTION);
        assertThat(application.getLearnerCount()).isEqualTo(2);
        Task task = support.approvalTask(application.getId());
        assertThat(task.getTenantId()).isEqualTo(s.target().institution().getTenantId());
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ApproveConversion");

        // None ticked: the confirmation names how many the filter chooses, then applies for them.
        mvc.perform(post(base(s.rule())).param("name", third.name()).with(csrf()).with(b))
                .andExpect(status().is3xxRedirection());
        String confirm = page(mvc, get(base(s.rule()) + "/confirm").param("name", third.name()), b);
        assertThat(confirm).contains("根据列表中的查询条件，共选择学员1名，您确定要全部发起成果转换申请吗？", "确定", "取消");
        String all = follow(mvc, mvc.perform(post(base(s.rule())).param("name", third.name()).param("all", "true")
                .with(csrf()).with(b)), b);
        assertThat(all).contains("1 名学员的成果转换申请已提交", "机构发起 (3)");

        // Everyone again: all three are pending, nothing is submitted, and the page says why.
        String again = follow(mvc, mvc.perform(post(base(s.rule())).param("all", "true").with(csrf()).with(b)), b);
        assertThat(again).contains("所选学员均不能申请转换", "3 名学员未提交：已有按该转换规则提交的申请正在审核中。",
                "批量选择学员");
        assertThat(items.findAll().stream().filter(i -> i.getRuleId().equals(s.rule().getId()))).hasSize(3);
    }

    @Test
    void aRuleThatIsNotMyBusinessIsNotFound() throws Exception {
        Scenario s = conversions.scenario(1);
        TestInstitutions.Registered other = institutions.registered("无关学院");
        String notFound = mvc.perform(get(base(s.rule())).with(support.as(other))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFound).doesNotContain(s.holders().get(0).name());
        mvc.perform(post(base(s.rule())).param("all", "true").with(csrf()).with(support.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(s.rule()) + "/confirm").with(support.as(other))).andExpect(status().isNotFound());
        // The rule's own author is not a source of it; a rule that is not published is nobody's business.
        mvc.perform(get(base(s.rule())).with(support.as(s.target()))).andExpect(status().isNotFound());
        ConversionRule draft = conversions.rule(s.target(), List.of(s.certificateId()), s.majorId(), s.courseId(),
                false);
        mvc.perform(get(base(draft)).with(support.as(s.source()))).andExpect(status().isNotFound());
        mvc.perform(get("/institution/conversion/rules/999999999/apply").with(support.as(s.source())))
                .andExpect(status().isNotFound());
        // No learner chosen by the filter: a message, no application.
        String none = follow(mvc, mvc.perform(post(base(s.rule())).param("name", "无此人").param("all", "true")
                .with(csrf()).with(support.as(s.source()))), support.as(s.source()));
        assertThat(none).contains("没有符合条件的学员");
        mvc.perform(post(base(s.rule())).param("name", "无此人").with(csrf()).with(support.as(s.source())))
                .andExpect(redirectedUrl(base(s.rule()) + "/confirm?name=%E6%97%A0%E6%AD%A4%E4%BA%BA"));
    }
}
