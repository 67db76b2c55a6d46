package io.casehall.qualification.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import org.junit.jupiter.api.Test;

/**
 * Step 1 through HTTP with CSRF: the seed's form (学院, 姓名, 学号, 联系电话) binds the account to the campaign record by a
 * code sent to the phone on record; each bad input comes back with a Chinese message and what was typed.
 */
class QualificationBindingWebTest extends QualificationPortalWebSupport {

    @Test
    void aCodeSentToThePhoneOnRecordBindsTheAccountAndOpensTheRecord() throws Exception {
        QualificationCampaign campaign = campaigns.open();
        QualificationGraduate graduate = campaigns.graduate(campaign, "李华");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("李华", false);

        String form = page(applicant, "/qualification");
        assertThat(form).contains("信息统计", "学号（10位数字）", "获取验证码", "<option value=\"文学院\"");

        String sent = followed(postBind(applicant, "sendCode", graduate), applicant);
        assertThat(sent).contains("验证码已发送至").contains(graduate.getStudentNo());
        String code = codeSentTo(graduate.getPhone());

        String record = followed(postBind(applicant, "bind", graduate, "code", code), applicant);
        assertThat(record).contains("生源核对", "李华", "23110108150001", "北京市 海淀区", "汉族", "共青团员", "确认无误", "申请修改");
        assertThat(record).contains("<th>学号</th><td>" + graduate.getStudentNo() + "</td>",
                "<th>学院</th><td>文学院</td>", "<th>学历</th><td>本科生毕业</td>", "<th>专业</th><td>汉语言文学</td>");
        assertThat(campaigns.reload(graduate).getApplicantAccountId()).isEqualTo(applicant.applicantId());
    }

    @Test
    void withTwoYearsOpenTheFormIsForBothAndFindsARecordOfTheEarlierYear() throws Exception {
        QualificationCampaign earlier = campaigns.open();
        QualificationCampaign later = campaigns.open();
        QualificationGraduate graduate = campaigns.graduate(earlier, "吴迪");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("吴迪", false);

        String form = page(applicant, "/qualification");
        assertThat(form).contains("<h1>毕业生资格审查信息统计</h1>", "<title>毕业生资格审查信息统计",
                        earlier.getTitle() + "：提交截止时间", later.getTitle() + "：提交截止时间")
                .doesNotContain(later.getTitle() + "信息统计");

        bind(applicant, graduate);
        assertThat(page(applicant, "/qualification")).contains("生源核对", earlier.getTitle())
                .doesNotContain(later.getTitle());
        ApplicantPrincipal other = applicants.createVerifiedGraduate("吴笛", false);
        String notListed = followed(postBind(other, "sendCode", graduate, "name", "吴笛"), other);
        assertThat(notListed).contains("正在进行的资格审查名单中没有该学院、姓名和学号的毕业生");
    }

    @Test
    void aStudentNumberThatIsNotTenDigitsIsRefusedKeepingWhatWasTyped() throws Exception {
        QualificationGraduate graduate = campaigns.graduate(campaigns.open(), "王芳");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("王芳", false);

        String page = followed(postBind(applicant, "sendCode", graduate, "studentNo", "20230101"), applicant);
        assertThat(page).contains("学号应为10位数字").contains("value=\"20230101\"").contains("value=\"王芳\"")
                .contains("value=\"" + graduate.getPhone() + "\"");
    }

    @Test
    void aNameAndNumberPairNotInTheCampaignIsRefused() throws Exception {
        QualificationGraduate graduate = campaigns.graduate(campaigns.open(), "赵敏");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("赵敏", false);

        String page = followed(postBind(applicant, "sendCode", graduate, "name", "赵明"), applicant);
        assertThat(page).contains("名单中没有该学院、姓名和学号的毕业生").contains("value=\"赵明\"");
        assertThat(campaigns.reload(graduate).isBound()).isFalse();
    }

    @Test
    void aPhoneThatIsNotOnRecordGetsNoCode() throws Exception {
        QualificationGraduate graduate = campaigns.graduate(campaigns.open(), "孙丽");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("孙丽", false);

        String page = followed(postBind(applicant, "sendCode", graduate, "phone", "13000000000"), applicant);
        assertThat(page).contains("联系电话与名单中预留的号码不一致").contains("value=\"13000000000\"");
        assertThat(outbox.findByRecipientOrderByIdDesc(graduate.getPhone())).isEmpty();
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneStillWorks() throws Exception {
        QualificationGraduate graduate = campaigns.graduate(campaigns.open(), "周杰");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("周杰", false);
        postBind(applicant, "sendCode", graduate).andExpect(status().is3xxRedirection());
        String code = codeSentTo(graduate.getPhone());
        String wrong = code.equals("000000") ? "111111" : "000000";

        String page = followed(postBind(applicant, "bind", graduate, "code", wrong), applicant);
        assertThat(page).contains("验证码错误，还可尝试").contains("value=\"周杰\"");
        assertThat(campaigns.reload(graduate).isBound()).isFalse();

        String again = followed(postBind(applicant, "sendCode", graduate), applicant);
        assertThat(again).contains("秒后再获取验证码");
        String record = followed(postBind(applicant, "bind", graduate, "code", code), applicant);
        assertThat(record).contains("生源核对");
        assertThat(campaigns.reload(graduate).getApplicantAccountId()).isEqualTo(applicant.applicantId());
    }

    @Test
    void anotherAccountCannotTakeABoundRecord() throws Exception {
        Bound first = bound("吴昊");
        ApplicantPrincipal other = applicants.createVerifiedGraduate("吴昊", false);

        String page = followed(postBind(other, "sendCode", first.graduate()), other);
        assertThat(page).contains("该学号已由另一个账户绑定");
    }

    @Test
    void withoutCsrfNothingHappens() throws Exception {
        QualificationGraduate graduate = campaigns.graduate(campaigns.open(), "郑爽");
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("郑爽", false);
        mvc.perform(post("/qualification/bind").with(as(applicant)).param("action", "sendCode")
                .param("studentNo", graduate.getStudentNo())).andExpect(status().isForbidden());
    }

    @Test
    void anUnverifiedApplicantIsSentToRealNameVerification() throws Exception {
        ApplicantPrincipal applicant = applicants.create("钱多");
        String target = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/qualification").with(as(applicant))).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).isEqualTo("/realname");
    }
}
