package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.TestConversions;
import io.casehall.creditbank.TestConversions.Holder;
import io.casehall.creditbank.TestConversions.Scenario;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.TestInstitutions.Registered;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 学分转换 (P5, part 2) between two schools: school A has published a rule that converts school B's skill
 * certificate into its major and course. B chooses its learners on 与我相关的转换规则 → 申请转换 and, ticking none,
 * applies for all of them after the confirmation; A's approver opens the batch on 转换申请审核, fails one learner with
 * a reason and passes the rest; both schools then read each learner's result in 转换记录, and B the reason in 审核记录.
 */
@DisplayName("学分转换：源成果机构批量申请转换 → 接收机构逐人审核（一人不通过、其余通过）→ 双方转换记录")
class CreditConversionJourneyTest extends BrowserJourney {

    @Autowired
    TestConversions conversions;

    @Journey
    @DisplayName("与我相关的转换规则 → 申请转换（全部）→ 转换申请审核：勾选一人不通过，其余通过 → 转换记录、审核记录")
    void aBatchIsAppliedForAndDecidedPerLearner(Viewport viewport) {
        Scenario s = conversions.scenario(3);
        Holder failed = s.holders().get(0);
        String code = s.rule().getCode();

        Window 发起 = signedIn("institution", "源成果机构 " + s.source().institution().getName(), s.source(), viewport);
        发起.step("转换规则管理 → 与我相关的转换规则：对方用本校证书作源成果的规则").open("/institution/rules?tab=related")
                .see(code, s.target().institution().getName());
        发起.step("点「申请转换」：持有源成果的本校学员，身份证号已遮盖").press("申请转换")
                .see("批量选择学员", failed.name(), s.holders().get(2).name())
                .dontSee(failed.idNumber());
        发起.step("不勾选学员，点「申请转换」：确认为查询条件下的全部学员申请").press("申请转换").see("共选择学员3名");
        发起.step("点「确定」：转换记录 · 机构发起，三人审核中").press("确定")
                .see("3 名学员的成果转换申请已提交", "机构发起 (3)", "审核中");

        Window 接收 = signedIn("institution2", "接收机构 " + s.target().institution().getName(), s.target(), viewport);
        接收.step("转换申请审核 → 机构发起：一批三人").open("/institution/conversion/reviews?tab=batch")
                .see("机构发起 (1)", code, "3");
        接收.step("点「审核」：未审核的三名学员").press("审核").see(failed.name(), s.holders().get(1).name());
        接收.step("勾选一人，选「不通过」但不写原因，点「提交」：被拒，勾选与选择都在").tick(failed.name()).choose("不通过")
                .press("提交").see("不通过原因");
        assertThat(接收.ticked(failed.name())).as("the ticked learner stays ticked").isTrue();
        接收.step("写明原因再「提交」：此人审核完毕，其余两人待审").fill("不通过原因", "证书颁发日期早于规则有效期")
                .press("提交").dontSee(failed.idNumber());
        接收.step("不勾选，选「通过」，点「提交」：先确认审核全部未审核的学员").choose("通过").press("提交")
                .see("2");
        接收.step("再点「提交」：这一批审核完成").press("提交").see("转换申请审核");
        接收.step("转换记录 · 机构接收：一人转换失败，两人转换成功").open("/institution/conversion/records?tab=received")
                .see("转换失败", "转换成功", failed.name());

        发起.step("源成果机构：转换记录 · 机构发起，看结果").open("/institution/conversion/records?tab=initiated")
                .see("转换失败", "转换成功");
        发起.step("打开不通过学员的「审核记录」：审核人的原因").open("/institution/conversion/records?tab=initiated&learnerName="
                        + java.net.URLEncoder.encode(failed.name(), java.nio.charset.StandardCharsets.UTF_8))
                .press("审核记录").see("不通过", "证书颁发日期早于规则有效期");
    }

    private Window signedIn(String slot, String who, Registered institution, Viewport viewport) {
        Window window = Chromium.window(slot, who, viewport, baseUrl());
        window.forgetSession();
        window.step("院校空间登录").open("/institution/login").fill("账号", institution.adminLogin())
                .fill("密码", TestInstitutions.PASSWORD).press("立即登录").see("机构账户中心");
        return window;
    }
}
