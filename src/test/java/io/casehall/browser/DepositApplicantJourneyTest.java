package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.support.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 出国(境)存档 from the applicant's side: refused for an archive kept at home (before any form), answered again,
 * the form filled with a mistake and corrected (nothing typed lost, the uploaded front of the ID card kept), a row
 * added by the page's script, submitted; the application page and 我的办件 with 档案状态.
 */
@DisplayName("出国(境)存档：资格问题、被拒原因、填写申请、改正后提交、我的办件")
class DepositApplicantJourneyTest extends BrowserJourney {

    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;

    @Journey
    @DisplayName("本人保管被拒 → 重新回答 → 填表漏项被退回 → 补齐后提交 → 查看申请")
    void anApplicantIsRefusedThenAppliesAndCorrectsTheForm(Viewport viewport) {
        ApplicantPrincipal graduate = applicants.createVerifiedGraduate("林出国", false);
        Window 申请人 = applicant(viewport).login(accounts.get(graduate.applicantId()).getMobile(), TestApplicants.PASSWORD)
                .window();

        申请人.step("打开出国(境)存档的在线办理入口，回答：高校毕业、档案本人保管").open("/apply/deposit/goingAbroad")
                .see("您属于哪一类人员？").choose("国内高校毕业直接赴国(境)外攻读学位").choose("本人保管").press("下一步")
                .see("本中心不予受理", "查看办事指南").dontSee("提交申请");
        申请人.step("重新回答：档案在人才中心").press("重新回答").choose("人力资源公共服务机构").press("下一步")
                .see("身份信息", "出国(境)前国内个人履历");
        assertThat(申请人.valueOf("姓名")).as("from real-name verification").isEqualTo("林出国");

        申请人.step("填写申请，只上传身份证正面，未勾选协议，提交")
                .select("省份", "北京市").select("区县", "海淀区").select("民族", "汉族").select("政治面貌", "共青团员")
                .select("婚姻状况", "未婚").select("生育状况", "未育").fill("国内联系人姓名", "林父")
                .fill("国内联系人手机号", "13900139000").fill("现档案保管机构全称", "北京市海淀区人才服务中心");
        row(申请人, "domesticHistory", 0, "2016-09-01", "2019-06-30", "北京市第一中学", "高中");
        申请人.click("增加一行");
        row(申请人, "domesticHistory", 1, "2019-09-01", "2023-06-30", "大连理工大学", "本科");
        申请人.upload("身份证正面", pdf("身份证正面.pdf")).press("提交申请")
                .see("申请未提交", "请上传身份证反面", "请阅读并勾选", "身份证正面.pdf");
        assertThat(申请人.valueOf("国内联系人姓名")).as("kept").isEqualTo("林父");
        assertThat(申请人.js("return document.getElementById('domesticHistory1.organisation').value;"))
                .as("the row the script added, kept").isEqualTo("大连理工大学");

        申请人.step("补传身份证反面，勾选协议，提交").upload("身份证反面", pdf("身份证反面.pdf"))
                .tick("本人已阅读并同意《人事档案调转协议》").press("提交申请")
                .see("提交成功", "申请已提交", "身份证正面.pdf", "身份证反面.pdf", "修改申请");
        申请人.step("返回我的办件").press("返回我的办件").see("档案状态", "档案未存入", "出国(境)存档", "申请已提交", "查看");
    }

    /** A history row's cells (the dates by script: a date field takes keys in the browser's locale order). */
    private static void row(Window window, String list, int index, String from, String to, String organisation,
                            String role) {
        window.js("document.getElementById(arguments[0] + 'from').value = arguments[1];"
                + " document.getElementById(arguments[0] + 'to').value = arguments[2];"
                + " document.getElementById(arguments[0] + 'organisation').value = arguments[3];"
                + " document.getElementById(arguments[0] + 'role').value = arguments[4];",
                list + index + ".", from, to, organisation, role);
    }

    private static Path pdf(String name) {
        try {
            Path file = Files.createTempDirectory("casehall-pdf-").resolve(name);
            Files.write(file, TestFiles.pdf());
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
