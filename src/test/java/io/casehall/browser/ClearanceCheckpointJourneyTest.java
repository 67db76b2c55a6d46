package io.casehall.browser;

import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.TestApplicants;
import io.casehall.browser.ClearanceData.Student;
import io.casehall.clearance.ClearanceService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 毕业离校，图书馆的现场办理：操作员从工作台进入本环节，查找学生，逐个通过、不通过（填写原因），勾选后批量通过，再用下载的模板
 * 导入一批办理结果；页面上的计数和每名学生的状态随之变化。未通过的学生登录门户，在「我的办件」中看到“未通过”，打开离校进度看到原因。
 */
@DisplayName("离校办理：图书馆现场办理")
class ClearanceCheckpointJourneyTest extends BrowserJourney {

    private static final String LIBRARY = "图书馆";
    private static final String DEPARTMENT = "经济管理学院";

    @Autowired
    ClearanceService clearance;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;

    @Journey
    @DisplayName("图书馆操作员：查找、通过、不通过（学生看到原因）、批量通过、Excel 导入，计数随之变化")
    void aLibraryOperatorPassesFailsBatchPassesAndImports(Viewport viewport) {
        Student chen = ClearanceData.undergraduate("陈思远", DEPARTMENT);
        Student lin = ClearanceData.undergraduate("林晓梅", DEPARTMENT);
        Student he = ClearanceData.undergraduate("何一帆", DEPARTMENT);
        Student song = ClearanceData.undergraduate("宋雨桐", DEPARTMENT);
        Student tang = ClearanceData.undergraduate("唐子墨", DEPARTMENT);
        Student xu = ClearanceData.undergraduate("许嘉禾", DEPARTMENT);
        Student gao = ClearanceData.undergraduate("高文静", DEPARTMENT);
        String planName = "2022级本科生6月份离校-" + chen.studentNo();
        new ClearanceData(clearance).launchedPlan(planName, List.of(chen, lin, he, song, tang, xu, gao));
        String operator = newStaff("library", "图书馆 李老师", "clearanceLibrary");

        CheckpointDesk desk = staff(operator, STAFF_PASSWORD).openCheckpoint(planName, LIBRARY);
        Window 图书馆 = desk.window();
        assertThat(desk.counters()).as("all seven have reached the library, none handled")
                .containsEntry("应办理", 7).containsEntry("已通过", 0).containsEntry("未办理", 7)
                .containsEntry("未通过", 0);
        assertThat(desk.found()).isEqualTo(7);

        // one student at the counter: found by student number, passed with a remark
        desk.searchStudentNo(chen.studentNo());
        assertThat(desk.studentNumbers()).as("the search finds only him").containsExactly(chen.studentNo());
        assertThat(desk.row(chen.studentNo())).containsEntry("姓名", "陈思远").containsEntry("办理状态", "未办理")
                .containsEntry("院系", DEPARTMENT);
        desk.pass(chen.studentNo(), "图书已全部归还");
        图书馆.see("陈思远（" + chen.studentNo() + "）在“图书馆”环节已通过。");
        assertThat(desk.row(chen.studentNo())).as("his row after 通过").containsEntry("办理状态", "通过")
                .containsEntry("备注", "图书已全部归还").containsEntry("办理人", "图书馆 李老师");
        assertThat(图书馆.valueOf("学号")).as("the search is kept").isEqualTo(chen.studentNo());

        // another fails: without a reason the page asks for one, with it she is 未通过
        desk.searchName("林晓梅");
        assertThat(desk.studentNumbers()).containsExactly(lin.studentNo());
        desk.fail(lin.studentNo(), " ");
        图书馆.see("选择“未通过”时请填写备注，说明原因。");
        assertThat(desk.state(lin.studentNo())).as("nothing decided without a reason").isEqualTo("未办理");
        desk.fail(lin.studentNo(), "逾期未还《高等数学》一册");
        图书馆.see("林晓梅（" + lin.studentNo() + "）在“图书馆”环节未通过。");
        assertThat(desk.row(lin.studentNo())).containsEntry("办理状态", "未通过")
                .containsEntry("备注", "逾期未还《高等数学》一册");

        // three ticked and passed in one go
        desk.clearSearch().tick("何一帆").tick("宋雨桐").tick("唐子墨").passTicked("无借阅记录");
        图书馆.see("批量通过：3 人已通过。").dontSee("名学生未办理");
        for (Student s : List.of(he, song, tang)) {
            assertThat(desk.row(s.studentNo())).as("%s after 批量通过", s.fullName())
                    .containsEntry("办理状态", "通过").containsEntry("备注", "无借阅记录");
        }
        assertThat(desk.counters()).containsEntry("已通过", 4).containsEntry("未通过", 1).containsEntry("未办理", 2);

        // the rest from Excel: the downloaded template filled in, one row for a student not in the plan
        byte[] template = desk.downloadTemplate();
        assertThat(Spreadsheets.headers(template)).as("the template's columns")
                .containsSequence("学号", "姓名", "办理结果", "备注");
        String stranger = "19" + chen.studentNo().substring(2); // no student of the plan has it
        byte[] filled = Spreadsheets.fillTemplate(template, List.of(
                Map.of("学号", xu.studentNo(), "姓名", "许嘉禾", "办理结果", "通过"),
                Map.of("学号", gao.studentNo(), "姓名", "高文静", "办理结果", "未通过", "备注", "图书污损，需赔偿 35 元"),
                Map.of("学号", stranger, "姓名", "查无此人", "办理结果", "通过")));
        desk.importResults("学号匹配", Spreadsheets.save("图书馆办理结果.xlsx", filled));
        图书馆.step("查看导入结果").see("共 3 行", "已办理 2 行", "未导入 1 行", "未导入的行",
                "本方案中没有学号为 " + stranger + " 的学生。", "下载导入结果");
        assertThat(desk.row(xu.studentNo())).containsEntry("办理状态", "通过");
        assertThat(desk.row(gao.studentNo())).containsEntry("办理状态", "未通过")
                .containsEntry("备注", "图书污损，需赔偿 35 元");
        assertThat(desk.counters()).as("every student handled")
                .containsEntry("应办理", 7).containsEntry("已通过", 5).containsEntry("未通过", 2)
                .containsEntry("未办理", 0);

        // the student who failed reads why, on her own screen
        var account = applicants.create("林晓梅");
        accounts.markRealNameVerified(account.applicantId(), lin.idNumber(), lin.studentNo());
        Portal portal = applicant(viewport).login(accounts.get(account.applicantId()).getMobile(),
                TestApplicants.PASSWORD);
        portal.openMyCases().see("毕业离校（" + planName + "）", "未通过：" + LIBRARY);
        Window 学生 = portal.openClearance(planName);
        学生.see("离校方案：" + planName, "林晓梅，学号 " + lin.studentNo(), "离校办理中", "各环节办理情况")
                .dontSee("陈思远").dontSee("图书污损");
        Map<String, String> steps = portal.clearanceSteps(planName);
        assertThat(steps.get(LIBRARY)).as("图书馆 on her screen").startsWith("未通过 · 办理时间：")
                .endsWith("备注：逾期未还《高等数学》一册");
        assertThat(steps).as("her other checkpoints").containsEntry("校医院审核", "未办理")
                .containsEntry("财务清算", "未办理").containsEntry("培养单位学工审核", "未到达");
    }
}
