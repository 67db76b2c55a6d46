package io.casehall.creditbank.conversion.portal;

import static io.casehall.creditbank.conversion.ConversionWebSupport.follow;
import static io.casehall.creditbank.conversion.ConversionWebSupport.page;
import static io.casehall.creditbank.conversion.ConversionWebSupport.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.conversion.ConversionChannel;
import io.casehall.creditbank.conversion.ConversionItem;
import io.casehall.creditbank.conversion.ConversionItemRepository;
import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.ConversionWebSupport;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The learner's conversion in the portal: applying from a rule's page with an activated learner account, the
 * application in 我的学分转换 with its 审核记录, and the refusals (twice, without the source, a withdrawn rule, a
 * draft rule, someone else's conversion) as messages or not found — never a 500.
 */
class PortalConversionWebTest extends IntegrationTest {

    @Autowired
    TestConversions conversions;
    @Autowired
    TestApplicants applicants;
    @Autowired
    ConversionItemRepository items;
    @Autowired
    ConversionRuleRepository rules;
    @Autowired
    ConversionWebSupport support;
    @Autowired
    Clock clock;

    static String apply(ConversionRule rule) {
        return "/creditbank/rules/" + rule.getId() + "/apply";
    }

    /** The flash message a refused application carries back to the rule's public page. */
    String refused(ConversionRule rule, RequestPostProcessor as) throws Exception {
        MvcResult result = mvc.perform(post(apply(rule)).with(csrf()).with(as))
                .andExpect(redirectedUrl("/creditbank/rules/" + rule.getId())).andReturn();
        return String.valueOf(result.getFlashMap().get("errorMessage"));
    }

    @Test
    void anActivatedLearnerAppliesAndSeesTheConversionButIsRefusedWhatTheTableRefuses() throws Exception {
        Scenario s = conversions.scenario(2);
        ApplicantPrincipal me = applicants.create(s.holders().get(0).name());
        conversions.activate(s.holders().get(0), me.applicantId());
        RequestPostProcessor mine = portal(me);

        String done = follow(mvc, mvc.perform(post(apply(s.rule())).with(csrf()).with(mine)), mine);
        assertThat(done).contains("我的学分转换", "学分转换申请已提交", s.rule().getCode(), "物流管理职业技能等级证书（中级）",
                "专业 现代物流管理毕业证书", s.target().institution().getName(), "审核中", "审核记录");
        ConversionItem item = items.findByApplicantIdOrderByIdDesc(me.applicantId()).get(0);
        assertThat(item.getStatus()).isEqualTo(ConversionItemStatus.PENDING);
        assertThat(item.getChannel()).isEqualTo(ConversionChannel.PERSONAL);
        assertThat(item.getRuleId()).isEqualTo(s.rule().getId());
        assertThat(support.approvalTask(item.getApplicationId()).getTenantId())
                .isEqualTo(s.target().institution().getTenantId());

        assertThat(page(mvc, get("/conversions/" + item.getId()), mine)).contains("审核记录", "学员提交申请",
                s.rule().getCode(), "等待接收机构审核", "返回我的学分转换");
        assertThat(page(mvc, get("/home"), mine)).contains("/conversions");
        assertThat(ConversionWebSupport.shown(page(mvc, get("/conversions").param("lang", "en"), mine))).contains("My credit conversions",
                "Receiving institution", "Under review").doesNotContain("我的学分转换", "审核中");

        // Twice: refused with the table's reason, nothing new.
        assertThat(refused(s.rule(), mine)).isEqualTo("已有按该转换规则提交的申请正在审核中，请等待审核结果。");
        assertThat(items.findByApplicantIdOrderByIdDesc(me.applicantId())).hasSize(1);

        // A withdrawn rule, a draft rule.
        ConversionRule withdrawn = conversions.rule(s.target(), List.of(s.certificateId()), s.majorId(), s.courseId(),
                true);
        withdrawn.withdraw(clock.instant());
        withdrawn = rules.save(withdrawn);
        assertThat(refused(withdrawn, mine)).isEqualTo("该转换规则未发布或已下架，不能申请转换。");
        ConversionRule draft = conversions.rule(s.target(), List.of(s.certificateId()), s.majorId(), s.courseId(),
                false);
        mvc.perform(post(apply(draft)).with(csrf()).with(mine)).andExpect(status().isNotFound());
        mvc.perform(post("/creditbank/rules/999999999/apply").with(csrf()).with(mine))
                .andExpect(status().isNotFound());
        mvc.perform(post(apply(s.rule())).with(mine)).andExpect(status().isForbidden());
    }

    @Test
    void aPersonWithoutTheSourceIsRefusedAndNobodySeesAnotherPersonsConversion() throws Exception {
        Scenario s = conversions.scenario(1);
        ApplicantPrincipal holder = applicants.create(s.holders().get(0).name());
        conversions.activate(s.holders().get(0), holder.applicantId());
        follow(mvc, mvc.perform(post(apply(s.rule())).with(csrf()).with(portal(holder))), portal(holder));
        ConversionItem theirs = items.findByApplicantIdOrderByIdDesc(holder.applicantId()).get(0);

        ApplicantPrincipal stranger = applicants.create("旁人");
        RequestPostProcessor as = portal(stranger);
        assertThat(refused(s.rule(), as)).isEqualTo("您没有该转换规则要求的全部源成果，不能申请转换。");
        assertThat(page(mvc, get("/conversions"), as)).contains("暂无学分转换申请").doesNotContain(s.rule().getCode());
        mvc.perform(get("/conversions/" + theirs.getId()).with(as)).andExpect(status().isNotFound());
        mvc.perform(get("/conversions/999999999").with(as)).andExpect(status().isNotFound());
        // Not signed in: the login page, not the conversion.
        mvc.perform(get("/conversions/" + theirs.getId())).andExpect(status().is3xxRedirection());
    }
}
