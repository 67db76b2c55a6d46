package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.creditbank.School;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 学分银行 (P5) from a school's side: registration in the seed's four steps — the school chosen from its province's
 * list and its code typed, a code to the registrant's mobile (read in 发件箱 as the other journeys read codes), the
 * registrant's ID, the institution's details saved as a draft and then submitted — and the login account shown; then
 * the school imports two achievements from the downloaded template, one of them with a mistake, and sees one stored
 * and one refused with its reason. Another school's achievement id in the address bar shows nothing of it.
 */
@DisplayName("学分银行：院校注册（选学校、验证码、注册人、机构信息暂存后提交）、导入机构成果（含错误行）")
class CreditBankRegistrationJourneyTest extends BrowserJourney {

    @Autowired
    TestInstitutions institutions;

    @Journey
    @DisplayName("注册院校用户 → 注册人信息 → 机构信息（保存、提交）→ 完成 → 机构成果导入：一条成功、一条被拒")
    void aSchoolRegistersAndImportsItsAchievements(Viewport viewport) {
        School school = institutions.school("湘江" + UniqueData.schoolCode().substring(6) + "职业技术学院");
        TestInstitutions.Registered other = institutions.registered("株洲对照职业技术学院");
        String phone = UniqueData.mobile();
        Window 院校 = Chromium.window("institution", "院校 " + school.getSchoolName(), viewport, baseUrl());
        院校.forgetSession();

        院校.step("打开院校注册：选择省级教育部门、学校，输入学校代码、密码、手机号，点「获取验证码」")
                .open("/institution/register").see("注册院校用户")
                .select("选择省级教育部门", school.getDepartmentName());
        院校.wait(d -> 院校.options("请选择学校").contains(school.getSchoolName()) ? true : null,
                "the department's schools in 请选择学校");
        院校.select("请选择学校", school.getSchoolName()).fill("输入学校代码", school.getSchoolCode())
                .fill("密码", TestInstitutions.PASSWORD).fill("确认密码", TestInstitutions.PASSWORD)
                .fill("手机号", phone).press("获取验证码").see("验证码已发送至");
        assertThat(院校.valueOf("输入学校代码")).as("the typed school code is kept").isEqualTo(school.getSchoolCode());

        String code = admin().codeSentTo(phone);

        // Passwords never come back from the server: they are typed again after the code was sent.
        院校.step("填写验证码，再输入密码，勾选注册协议，点「下一步」").fill("手机验证码", code)
                .fill("密码", TestInstitutions.PASSWORD).fill("确认密码", TestInstitutions.PASSWORD)
                .tick("我已阅读并同意《学分银行注册协议》").press("下一步").see("注册人信息");
        院校.step("第二步 注册人信息：姓名、身份证号，点「提交」").fill("* 姓名", "欧阳登记")
                .fill("* 身份证号", TestIdNumbers.next()).press("提交").see("机构信息", "院校标识码");
        assertThat(院校.valueOf("院校标识码")).as("the school's code, shown").isEqualTo(school.getSchoolCode());
        院校.step("第三步 机构信息：先填一部分，点「保存」暂存").fill("主管单位", "湖南省教育厅")
                .fill("* 法定代表人或负责人姓名", "李校长").press("保存").see("机构信息");
        assertThat(院校.valueOf("* 法定代表人或负责人姓名")).as("the draft is kept").isEqualTo("李校长");
        院校.step("补全机构信息，点「提交」").select("* 学校类型", "高职（专科）").fill("* 联系人", "王老师")
                .fill("* 联系人手机号", phone).fill("* 联系人电子邮件", "office@example.cn").fill("* 邮政编码", "410000")
                .fill("* 通讯地址", "长沙市岳麓区学府路1号").fill("* 经营范围", "职业教育").press("提交")
                .see("注册成功", "登录账号", school.getSchoolCode());

        院校.step("点「登录机构空间」：机构账户中心").press("登录机构空间").see("机构账户中心", "机构成果");

        院校.step("机构成果管理 → 导入 → 职业教育学历证书：下载导入模板").open("/institution/achievements/import")
                .press("职业教育学历证书").see("批量导入机构成果");
        Path template = 院校.download("下载导入模板");
        byte[] filled = Spreadsheets.fillTemplate(read(template), List.of(
                row("现代物流管理专业毕业证书（高职）", "毕业", "3"),
                row("软件技术专业毕业证书（高职）", "毕业", "三年")));
        院校.step("上传填好的文件：第二行的学制写成了「三年」").upload("选择 Excel 文件（.xlsx）",
                        Spreadsheets.save("机构成果.xlsx", filled)).press("导入")
                .see("导入结果", "未导入的行", "软件技术专业毕业证书（高职）");
        院校.step("机构成果列表：导入的一条在，出错的一条不在").open("/institution/achievements")
                .see("现代物流管理专业毕业证书（高职）", "未认定").dontSee("软件技术专业毕业证书（高职）");

        long othersAchievement = institutions.achievementOf(other, "株洲对照证书");
        院校.step("在地址栏输入另一所学校的成果编号").open("/institution/achievements/" + othersAchievement)
                .dontSee("株洲对照证书");
    }

    private static Map<String, String> row(String name, String conclusion, String years) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("成果名称", name);
        row.put("成果子类型", "职业教育学历证书");
        row.put("层次", "高职（专科）");
        row.put("学科门类", "财经商贸大类");
        row.put("专业", "现代物流管理");
        row.put("毕业结论", conclusion);
        row.put("学制（年）", years);
        row.put("最低毕业学分", "120");
        row.put("成果简介", "完成专业人才培养方案规定的全部课程，成绩合格。");
        return row;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
