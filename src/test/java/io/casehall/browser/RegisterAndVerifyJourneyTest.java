package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.registry.GraduateRegistryRows;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/** 个人注册（手机验证码取自发件箱）→ 登录 → 实名认证：毕业生库中有此人，提交后当场通过。 */
@DisplayName("申请人注册并实名认证")
class RegisterAndVerifyJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "Reg2026pass";

    @Autowired
    GraduateRegistryRows registry;

    @Journey
    @DisplayName("注册（验证码来自发件箱）→ 登录 → 实名认证已通过")
    void registersAndIsVerifiedAtOnce(Viewport viewport) {
        String name = "林晓雨";
        String mobile = UniqueData.mobile();
        String idNumber = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add(name, idNumber, studentNo, true);

        Portal portal = applicant(viewport);
        Window 申请人 = portal.window();
        申请人.step("打开首页，点「注册」").open("/").press("注册").see("个人注册");

        申请人.step("填写姓名和手机号码").fill("真实姓名", name).choose("手机").fill("手机号码", mobile);
        申请人.step("输入图形验证码，点「获取验证码」");
        portal.answerCaptcha();
        申请人.press("获取验证码")
                .see("已向 " + mobile.substring(0, 3) + "****" + mobile.substring(7) + " 发送验证码");
        assertThat(申请人.valueOf("真实姓名")).as("the name is kept").isEqualTo(name);
        assertThat(申请人.valueOf("手机号码")).as("the number is kept").isEqualTo(mobile);

        String code = admin().codeSentTo(mobile);

        申请人.step("填写动态验证码，设置密码，同意条款，点「立即注册」")
                .fill("动态验证码", code).fill("设置密码", PASSWORD).fill("确认密码", PASSWORD)
                .tick("我已阅读并同意《相关服务条款和隐私政策》")
                .press("立即注册").see("注册成功，请登录。");
        assertThat(申请人.valueOf("手机号码")).as("the login form is filled in with the new number").isEqualTo(mobile);

        申请人.step("输入密码，点「登录」").fill("密码", PASSWORD).press("登录").see(name + "，您好", "未认证");

        申请人.step("点「去认证」").press("去认证").see("实名认证", "证件类型");
        申请人.step("填写证件信息，上传证件照片，点「提交审核」")
                .select("证件类型", "身份证").fill("证件号码", idNumber).fill("学号", studentNo)
                .upload("上传证件照片", idCardPhoto("身份证.png"))
                .press("提交审核")
                .see("实名认证已通过，您现在可以申请业务。", "已认证", "您已通过实名认证，可以申请各项业务。");

        申请人.step("回到首页").press("首页").see(name + "，您好", "已认证").dontSee("去认证");
    }
}
