package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.TestApplicants;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationTestData;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 资格审查 (P4) from the graduate's phone: step 1 binds the portal account to the campaign's record with a code sent
 * to the phone on record (read in 发件箱 as the other journeys read codes), step 2 shows the source data with 学号;
 * the change form opens with the home address in its parts as read from the list; the e-mail changes at once, the
 * origin place (chosen in the division cascade, with a proof photo) waits for the college; the college's reviewer
 * approves it in the console and the graduate sees the new place.
 */
@DisplayName("资格审查：绑定名单记录、核对生源信息、修改电子信箱与生源地、学院审核通过")
class QualificationGraduateJourneyTest extends BrowserJourney {

    private static final String COLLEGE = "化工与环境生命学部";

    @Autowired
    QualificationTestData qualification;
    @Autowired
    TestApplicants applicants;

    @Journey
    @DisplayName("信息统计（验证码）→ 生源核对 → 改电子信箱当即生效 → 申请改生源地待审核 → 学院通过 → 看到新生源地")
    void aGraduateBindsChecksAndChangesTheirSourceData(Viewport viewport) {
        String name = "周晓岚";
        QualificationCampaign campaign = qualification.campaignOpenForGraduatesAndColleges();
        QualificationGraduate record = qualification.graduate(campaign.getId(), COLLEGE, name);
        String login = applicants.createVerifiedGraduate(name, TestIdNumbers.next(), UniqueData.studentNo(), false)
                .login();
        String reviewer = newStaff("chemrev", "化工学部审核员", qualification.collegeReviewerGroups(COLLEGE));
        String newEmail = UniqueData.email();

        Portal portal = applicant(viewport).login(login, TestApplicants.PASSWORD);
        Window 毕业生 = portal.window();

        毕业生.step("打开资格审查：第一步信息统计").open("/qualification")
                .see("信息统计", "学号（10位数字）", "名单中预留的手机号码");
        毕业生.step("填写学院、姓名、学号、名单中的手机号，点「获取验证码」")
                .select("* 1、学院", COLLEGE).fill("* 2、姓名", name).fill("* 3、学号", record.getStudentNo())
                .fill("* 4、联系电话", record.getPhone()).press("获取验证码").see("验证码已发送至");
        assertThat(毕业生.valueOf("* 3、学号")).as("the student number is kept").isEqualTo(record.getStudentNo());
        assertThat(毕业生.valueOf("* 4、联系电话")).as("the phone is kept").isEqualTo(record.getPhone());

        String code = admin().codeSentTo(record.getPhone());

        毕业生.step("填写短信验证码，点「提交」").fill("短信验证码", code).press("提交")
                .see(name + "，您已完成信息统计，请核对下面的生源信息。", "生源核对", campaign.getTitle(), "未提交",
                        COLLEGE, "汉语言文学", "北京市 朝阳区", "汉族", record.getEmail())
                .see("学号", record.getStudentNo(), "考生号", record.getCandidateNo())
                .see("确认无误", "申请修改");

        毕业生.step("点「申请修改」：家庭地址已按名单分好，改电子信箱，点「提交修改」").press("申请修改")
                .see("申请修改生源信息", "证明材料", record.getStudentNo());
        assertThat(毕业生.valueOf("街道、路")).as("the street read from the list's address").isEqualTo("建国路");
        assertThat(毕业生.valueOf("门牌号")).as("the house number read from the list's address").isEqualTo("88号");
        毕业生.fill("电子信箱", newEmail).press("提交修改")
                .see("修改已生效，生源信息已提交。", newEmail).dontSee(record.getEmail());

        毕业生.step("再点「申请修改」，生源地选 辽宁省 大连市 甘井子区，上传户口本照片，点「提交修改」")
                .press("申请修改").see("申请修改生源信息");
        毕业生.selectNear("省份", "生源地", "辽宁省").selectNear("城市", "生源地", "大连市")
                .selectNear("区县", "生源地", "甘井子区")
                .upload("证明材料一", idCardPhoto("户口本.png")).press("提交修改")
                .see("修改申请已提交，需审核的项目待学院审核通过后生效",
                        "甘井子区（待学院审核）", "修改待学院审核", "北京市 朝阳区");

        Window 审核员 = staffIn("staff", reviewer, STAFF_PASSWORD).window();
        审核员.step("打开本学部的资格审查，找到该毕业生，点「审核」")
                .open("/staff/qualification/campaigns/" + campaign.getId() + "/college")
                .see(COLLEGE, name, "待审核");
        审核员.pressNear("审核", record.getStudentNo()).see(name, "甘井子区");
        审核员.step("打开修改申请").pressNear("审核", "甘井子区")
                .see(name + " 的修改申请", "朝阳区", "甘井子区", "下载证明材料一");
        审核员.step("选「通过（修改生效）」，点「提交审核结果」").choose("通过（修改生效）").press("提交审核结果")
                .see("已通过", "审核结果：已通过").dontSee("提交审核结果");
        runJobs();

        毕业生.step("毕业生回到资格审查页面").open("/qualification")
                .see("修改已通过", "甘井子区", newEmail)
                .dontSee("待学院审核");
    }
}
