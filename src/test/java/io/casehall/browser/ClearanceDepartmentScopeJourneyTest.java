package io.casehall.browser;

import static io.casehall.clearance.GraduationClearanceProcess.TASK_DEPARTMENT_AFFAIRS;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_FINANCE;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_HOSPITAL;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;
import static io.casehall.staff.DepartmentGroups.departmentGroup;
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
 * 毕业离校，院系的环节（培养单位学工审核）只由本院系的学工组办理：文学院的操作员只看到、只能办理文学院的学生；查找、改地址、
 * 改写页面提交另一学院的学生都不行，页面说明原因。文学院的学生随后在门户中看到本环节已通过。
 */
@DisplayName("离校办理：院系环节只办理本院系学生")
class ClearanceDepartmentScopeJourneyTest extends BrowserJourney {

    private static final String AFFAIRS = "培养单位学工审核";
    private static final String AFFAIRS_ROLE = "clearanceDepartmentAffairs";

    @Autowired
    ClearanceService clearance;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;

    @Journey
    @DisplayName("文学院学工组：只看到本院系学生，查不到也办不了化学院的学生；本院系学生看到已通过")
    void aDepartmentOperatorSeesAndActsOnlyOnTheirOwnDepartment(Viewport viewport) {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String literature = "文学院" + suffix;
        String chemistry = "化学院" + suffix;
        Student zhou = ClearanceData.undergraduate("周若溪", literature);
        Student qian = ClearanceData.undergraduate("钱明轩", literature);
        Student han = ClearanceData.undergraduate("韩立诚", chemistry);
        String planName = "2022级本科生院系审核-" + zhou.studentNo();
        ClearanceData data = new ClearanceData(clearance);
        long planId = data.launchedPlan(planName, List.of(zhou, qian, han));
        Map<String, Long> ids = data.studentIds(planId, TASK_LIBRARY);
        data.passAt(planId, ids.values(), TASK_LIBRARY, TASK_HOSPITAL, TASK_FINANCE);
        long hanId = ids.get(han.studentNo());
        String literatureOperator = newStaff("litaffairs", "文学院学工组 马老师",
                departmentGroup(AFFAIRS_ROLE, literature));
        String chemistryOperator = newStaff("chemaffairs", "化学院学工组 杨老师",
                departmentGroup(AFFAIRS_ROLE, chemistry));

        StaffConsole 学工组 = staff(literatureOperator, STAFF_PASSWORD);
        CheckpointDesk desk = 学工组.openCheckpoint(planName, AFFAIRS);
        Window 文学院 = desk.window();
        文学院.step("只看到本院系的两名学生").see("周若溪", "钱明轩").dontSee("韩立诚");
        assertThat(desk.studentNumbers()).containsExactlyInAnyOrder(zhou.studentNo(), qian.studentNo());
        assertThat(desk.counters()).as("counted: own department only").containsEntry("应办理", 2)
                .containsEntry("未办理", 2);
        assertThat(文学院.options("院系")).as("the department filter offers only their own")
                .contains(literature).doesNotContain(chemistry);

        // the other department's student cannot be found: by number, by name, nor by asking for the department
        desk.searchStudentNo(han.studentNo());
        文学院.see("共 0 人", "没有符合条件的学生。");
        desk.searchName("韩立诚");
        文学院.see("共 0 人", "没有符合条件的学生。");
        文学院.step("在地址栏中按院系“" + chemistry + "”查询")
                .open(文学院.path().replaceAll("\\?.*$", "") + "?department=" + chemistry)
                .see("没有符合条件的学生。").dontSee("韩立诚");
        desk.clearSearch();

        // nor decided: a row's form rewritten to stand for him is refused, and nothing changes
        desk.pointRowAt(qian.studentNo(), hanId).pass(qian.studentNo(), "");
        文学院.see("出错了", "找不到该记录，或您无权查看。");
        desk = 学工组.openCheckpoint(planName, AFFAIRS);
        desk.pointRowAt(qian.studentNo(), hanId).tick("钱明轩").passTicked("");
        文学院.see("批量通过：0 人已通过。", "以下 1 名学生未办理：", "本方案中没有这名学生（编号 " + hanId + "）。")
                .dontSee("韩立诚").dontSee(han.studentNo());
        assertThat(desk.state(qian.studentNo())).as("the rewritten row's own student").isEqualTo("未办理");

        // their own student they do pass
        desk.pass(zhou.studentNo(), "学工材料齐全");
        文学院.see("周若溪（" + zhou.studentNo() + "）在“" + AFFAIRS + "”环节已通过。");
        assertThat(desk.counters()).containsEntry("应办理", 2).containsEntry("已通过", 1).containsEntry("未办理", 1);

        // the chemistry operator still finds their student untouched, and none of the literature students
        CheckpointDesk chemistryDesk = staffIn("staff2", chemistryOperator, STAFF_PASSWORD)
                .openCheckpoint(planName, AFFAIRS);
        assertThat(chemistryDesk.studentNumbers()).containsExactly(han.studentNo());
        assertThat(chemistryDesk.state(han.studentNo())).as("nothing happened to him").isEqualTo("未办理");

        // the literature student sees the checkpoint passed
        var account = applicants.create("周若溪");
        accounts.markRealNameVerified(account.applicantId(), zhou.idNumber(), zhou.studentNo());
        Portal portal = applicant(viewport).login(accounts.get(account.applicantId()).getMobile(),
                TestApplicants.PASSWORD);
        portal.openClearance(planName).see("离校方案：" + planName, "周若溪，学号 " + zhou.studentNo(), literature)
                .dontSee("钱明轩").dontSee("韩立诚");
        Map<String, String> steps = portal.clearanceSteps(planName);
        for (String passedBefore : List.of("图书馆", "校医院审核", "财务清算")) {
            assertThat(steps.get(passedBefore)).as(passedBefore).startsWith("通过");
        }
        assertThat(steps.get(AFFAIRS)).as(AFFAIRS + " on her screen").startsWith("通过 · 办理时间：")
                .endsWith("备注：学工材料齐全");
    }
}
