package io.casehall.clearance.web;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.KEY;
import static io.casehall.clearance.GraduationClearanceProcess.RESULT_PASSED;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_DEPARTMENT_AFFAIRS;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_FINANCE;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_HOSPITAL;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_LIBRARY;
import static io.casehall.clearance.GraduationClearanceProcess.VAR_RESULT;
import static io.casehall.clearance.GraduationClearanceProcess.businessKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointRow;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceFixtures.Student;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.PlanStatus;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.Verdict;
import io.casehall.shared.masking.Masking;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestIdNumbers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The clearance pages through HTTP, as staff and students use them: plans and student import, launch, on-site
 * processing (single, batch, Excel import), counters, back-office grid and export, statistics, hand-over, access
 * per checkpoint, and the student's own view in the portal.
 */
class ClearanceWebTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern PLAN_ID = Pattern.compile("/staff/clearance/plans/(\\d+)/students/template");
    private static final Pattern REPORT_LINK = Pattern.compile("/staff/clearance/imports/(\\d+)/report");

    private static final StaffPrincipal LIBRARY = ClearanceFixtures.staff("lib-web", "clearanceLibrary");
    private static final StaffPrincipal FINANCE = ClearanceFixtures.staff("fin-web", "clearanceFinance");
    /** The department roles are per department (所在部门): these serve the undergraduates' 经济管理学院. */
    private static final StaffPrincipal AFFAIRS = ClearanceFixtures.staff("aff-web",
            io.casehall.staff.DepartmentGroups.departmentGroup("clearanceDepartmentAffairs", "经济管理学院"));
    private static final StaffPrincipal DEPARTMENT = ClearanceFixtures.staff("dept-web",
            io.casehall.staff.DepartmentGroups.departmentGroup("clearanceHandover", "经济管理学院"));

    @Autowired
    ClearanceService clearance;
    @Autowired
    TaskService taskService;
    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final Masking mask = new Masking();

    // ------------------------------------------------------------------------------------------ plans

    @Test
    void anAdministratorCreatesAPlanImportsItsStudentsWithABadRowAndDownloadsTheReport() throws Exception {
        String name = "2020级研究生6月份-" + System.nanoTime();
        String created = ok(mvc.perform(post("/staff/clearance/plans").param("name", name).with(csrf()).with(as(ADMIN))));
        assertThat(created).contains("离校方案“" + name + "”已创建", "导入学生名单", "下载导入模板");
        long planId = planIdIn(created);

        // the same name again: refused on the list page, with what was typed kept
        String again = followed(mvc.perform(post("/staff/clearance/plans").param("name", name).with(csrf()).with(as(ADMIN)))
                .andExpect(status().is3xxRedirection()).andReturn());
        assertThat(again).contains("已有名为“" + name + "”的离校方案").contains("value=\"" + name + "\"");

        MvcResult template = mvc.perform(get("/staff/clearance/plans/{id}/students/template", planId).with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX)).andReturn();
        try (XSSFWorkbook workbook = workbook(template)) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).contains("学号*", "姓名*", "身份证号*", "院系*",
                    "培养层次*", "学生类别", "是否户口迁移", "住宿信息");
        }

        Student good = ClearanceFixtures.master("张思");
        Student other = ClearanceFixtures.master("李思");
        String id = other.idNumber();
        Student badChecksum = other.withIdNumber(id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        ResultActions posted = importStudents(planId, ClearanceFixtures.studentsWorkbook(List.of(good, badChecksum)));
        // post/redirect/get: the import answers with a redirect to its result page (issue 10, 9) …
        String resultUrl = posted.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(resultUrl).contains("/staff/clearance/plans/" + planId + "/students/imports/");
        String page = ok(posted);
        // … which a reload shows again (the totals) without importing anything twice
        String reloaded = ok(mvc.perform(get(resultUrl).with(as(ADMIN))));
        assertThat(reloaded).contains("共 2 行", "未导入 1 行", "下载导入结果");

        assertThat(page).contains("共 2 行", "成功 1 行", "未导入 1 行", "校验位", other.studentNo())
                .doesNotContain(badChecksum.idNumber());
        assertThat(clearance.plan(planId).students()).isEqualTo(1);
        long batchId = reportIdIn(page);
        MvcResult report = mvc.perform(get("/staff/clearance/imports/{id}/report", batchId).with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX)).andReturn();
        try (XSSFWorkbook workbook = workbook(report)) {
            Sheet refused = workbook.getSheetAt(0);
            assertThat(refused.getLastRowNum()).isEqualTo(1);
            assertThat(texts(refused.getRow(1))).contains(other.studentNo()).last().asString().contains("校验位");
        }

        // no file, or not a spreadsheet: a message on the same page, never a 500
        mvc.perform(multipart("/staff/clearance/plans/{id}/students/import", planId).with(csrf()).with(as(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("请选择要上传的文件", "导入学生名单"));
        mvc.perform(multipart("/staff/clearance/plans/{id}/students/import", planId)
                        .file(new MockMultipartFile("file", "名单.csv", "text/csv", "学号,姓名".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("不支持文件", "导入学生名单"));
    }

    @Test
    void launchingShowsTheProgressAndALaunchedPlanTakesNoMoreStudents() throws Exception {
        long planId = planWith(List.of(ClearanceFixtures.undergraduate("钱一"), ClearanceFixtures.undergraduate("钱二"),
                ClearanceFixtures.undergraduate("钱三")));
        String before = ok(mvc.perform(get("/staff/clearance/plans/{id}", planId).with(as(ADMIN))));
        assertThat(before).contains("待启动", "/staff/clearance/plans/" + planId + "/launch", "name=\"confirm\"");

        // a launch cannot be undone: without the ticked confirmation nothing starts (issue 10, finding 10)
        assertThat(ok(mvc.perform(post("/staff/clearance/plans/{id}/launch", planId).with(csrf()).with(as(ADMIN)))))
                .contains("请先勾选确认");
        assertThat(clearance.plan(planId).launched()).isZero();

        ok(mvc.perform(post("/staff/clearance/plans/{id}/launch", planId).param("confirm", "yes").with(csrf()).with(as(ADMIN))));
        waitUntilLaunched(planId);

        String after = ok(mvc.perform(get("/staff/clearance/plans/{id}", planId).with(as(ADMIN))));
        assertThat(after).contains("已启动 3 / 3 人", "全部 3 名学生已启动离校办理")
                .doesNotContain("/staff/clearance/plans/" + planId + "/launch\"", "导入学生名单");
        mvc.perform(post("/staff/clearance/plans/{id}/launch", planId).param("confirm", "yes").with(csrf()).with(as(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("已经启动"));
        mvc.perform(multipart("/staff/clearance/plans/{id}/students/import", planId)
                        .file(xlsx("s.xlsx", ClearanceFixtures.studentsWorkbook(List.of(ClearanceFixtures.undergraduate("钱四")))))
                        .with(csrf()).with(as(ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("已启动，不能再导入学生名单"));
    }

    @Test
    void aLaunchThatDiedHalfwayIsOfferedToResumeAndResumingLaunchesTheRest() throws Exception {
        long planId = planWith(List.of(ClearanceFixtures.undergraduate("褚一"), ClearanceFixtures.undergraduate("褚二")));
        // as if the node launching the plan had stopped: still marked LAUNCHING, no heartbeat any more
        jdbc.update("UPDATE clearance_plan SET status = 'LAUNCHING', launch_heartbeat_at = NULL WHERE id = ?", planId);

        String interrupted = ok(mvc.perform(get("/staff/clearance/plans/{id}", planId).with(as(ADMIN))));
        assertThat(interrupted).contains("启动中断", "上次启动未完成", "继续启动");

        ok(mvc.perform(post("/staff/clearance/plans/{id}/launch", planId).param("confirm", "yes").with(csrf()).with(as(ADMIN))));
        waitUntilLaunched(planId);
        assertThat(ok(mvc.perform(get("/staff/clearance/plans/{id}", planId).with(as(ADMIN)))))
                .contains("全部 2 名学生已启动离校办理").doesNotContain("继续启动");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(planId + ":%")
                .taskDefinitionKey(TASK_LIBRARY).count()).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------ on-site

    @Test
    void anOperatorPassesAndFailsOneStudentWithARemarkAndTheSearchIsKept() throws Exception {
        Student student = ClearanceFixtures.undergraduate("孙思");
        Student other = ClearanceFixtures.undergraduate("孙想");
        long planId = launchedPlanWith(List.of(student, other));
        long studentId = studentId(planId, TASK_FINANCE, student);
        String base = "/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_FINANCE;

        String page = ok(mvc.perform(get(base).param("studentNo", student.studentNo()).with(as(FINANCE))));
        assertThat(page).contains("财务清算", student.studentNo(), "孙思", "经济管理学院", "工商管理", "工商1601", "本科生",
                        mask.idNumber(student.idNumber()), "未办理")
                .doesNotContain(other.studentNo(), student.idNumber());

        // failing needs a remark: the message on the page, the search kept, nothing decided
        String refused = followed(mvc.perform(post(base + "/decide").param("student", String.valueOf(studentId))
                        .param("result", "FAIL").param("remark", " ").param("studentNo", student.studentNo())
                        .with(csrf()).with(as(FINANCE)))
                .andExpect(status().is3xxRedirection()).andReturn());
        assertThat(refused).contains("请填写备注").contains("value=\"" + student.studentNo() + "\"")
                .doesNotContain(other.studentNo());

        String failed = ok(mvc.perform(post(base + "/decide").param("student", String.valueOf(studentId))
                .param("result", "FAIL").param("remark", "欠住宿费 800 元").param("studentNo", student.studentNo())
                .with(csrf()).with(as(FINANCE))));
        assertThat(failed).contains("孙思（" + student.studentNo() + "）在“财务清算”环节未通过", "欠住宿费 800 元", "fin-web");
        assertThat(clearance.studentAtCheckpoint(planId, TASK_FINANCE, studentId).remark()).isEqualTo("欠住宿费 800 元");

        String passed = ok(mvc.perform(post(base + "/decide").param("student", String.valueOf(studentId))
                .param("result", "PASS").param("remark", "已缴清").with(csrf()).with(as(FINANCE))));
        assertThat(passed).contains("在“财务清算”环节已通过");
        assertThat(clearance.studentAtCheckpoint(planId, TASK_FINANCE, studentId).state().name()).isEqualTo("PASSED");

        // passing again is refused with a reason, not a 500
        mvc.perform(post(base + "/decide").param("student", String.valueOf(studentId)).param("result", "PASS")
                        .with(csrf()).with(as(FINANCE)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("在本环节已通过"));
        // neither pass nor fail chosen
        mvc.perform(post(base + "/decide").param("student", String.valueOf(studentId)).with(csrf()).with(as(FINANCE)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("请选择“通过”或“未通过”"));
    }

    @Test
    void aBatchPassesTheTickedStudentsAndReportsTheOneAColleagueHandledMeanwhile() throws Exception {
        List<Student> students = IntStream.range(0, 4).mapToObj(i -> ClearanceFixtures.master("批量" + i)).toList();
        long planId = launchedPlanWith(students);
        String base = "/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_LIBRARY;
        List<Long> ids = students.stream().map(s -> studentId(planId, TASK_LIBRARY, s)).toList();

        // nothing ticked
        mvc.perform(post(base + "/pass").with(csrf()).with(as(LIBRARY)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("请至少勾选一名学生"));

        // a colleague passes the first student in Tasklist just before the batch
        Task colleagues = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(planId,
                students.get(0).studentNo())).taskDefinitionKey(TASK_LIBRARY).singleResult();
        taskService.complete(colleagues.getId(), Map.of(VAR_RESULT, RESULT_PASSED));

        MockHttpServletRequestBuilder batch = post(base + "/pass").param("remark", "图书已还清");
        ids.forEach(id -> batch.param("students", String.valueOf(id)));
        String page = ok(mvc.perform(batch.with(csrf()).with(as(LIBRARY))));

        assertThat(page).contains("批量通过：3 人已通过", "以下 1 名学生未办理",
                "批量0（" + students.get(0).studentNo() + "）在本环节已通过");
        for (int i = 1; i < 4; i++) {
            assertThat(clearance.studentAtCheckpoint(planId, TASK_LIBRARY, ids.get(i)).state().name()).isEqualTo("PASSED");
        }
        assertThat(counters(page)).containsEntry("passed", 4L).containsEntry("notHandled", 0L);
    }

    @Test
    void aResultImportGivesEachRefusedRowItsReasonAndTheReportDownloads() throws Exception {
        Student ready = ClearanceFixtures.undergraduate("周一");
        Student notReached = ClearanceFixtures.undergraduate("周二");
        Student wrongName = ClearanceFixtures.undergraduate("周三");
        long planId = launchedPlanWith(List.of(ready, notReached, wrongName));
        long readyId = studentId(planId, TASK_LIBRARY, ready);
        for (String checkpoint : List.of(TASK_LIBRARY, TASK_HOSPITAL, TASK_FINANCE)) {
            clearance.decide(planId, checkpoint, readyId, Verdict.PASS, null, ADMIN);
        }
        String base = "/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_DEPARTMENT_AFFAIRS;
        byte[] file = ClearanceFixtures.resultsWorkbook("学号", List.of(
                new String[] {ready.studentNo(), "周一", "通过", "材料齐全"},
                new String[] {"C00000000001", "查无此人", "通过", null},
                new String[] {wrongName.studentNo(), "别人", "通过", null},
                new String[] {ready.studentNo(), "周一", "通过", null},
                new String[] {notReached.studentNo(), "周二", "通过", null}));

        String page = ok(mvc.perform(multipart(base + "/import").file(xlsx("学工.xlsx", file)).param("match", "STUDENT_NO")
                .with(csrf()).with(as(AFFAIRS))));

        assertThat(page).contains("导入结果：学工.xlsx", "共 5 行", "已办理 1 行", "未导入 4 行")
                .contains("C00000000001", "姓名与本方案中的记录不一致", "与第 2 行重复", "尚未到达本环节");
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, readyId).state().name())
                .isEqualTo("PASSED");
        MvcResult report = mvc.perform(get("/staff/clearance/imports/{id}/report", reportIdIn(page)).with(as(AFFAIRS)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX)).andReturn();
        try (XSSFWorkbook workbook = workbook(report)) {
            Sheet refused = workbook.getSheetAt(0);
            assertThat(refused.getLastRowNum()).isEqualTo(4);
            List<String> reasons = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                List<String> cells = texts(refused.getRow(r));
                reasons.add(cells.get(cells.size() - 1));
            }
            assertThat(String.join("|", reasons)).contains("C00000000001", "姓名", "重复", "尚未到达");
        }
        // another operator may not read this operator's report
        mvc.perform(get("/staff/clearance/imports/{id}/report", reportIdIn(page)).with(as(LIBRARY)))
                .andExpect(status().isNotFound());

        // matched by ID number (身份证号匹配) at a checkpoint the student has reached
        String byId = ok(mvc.perform(multipart("/staff/clearance/plans/{id}/checkpoints/{cp}/import", planId, TASK_LIBRARY)
                .file(xlsx("图书馆.xlsx", ClearanceFixtures.resultsWorkbook("身份证号",
                        List.<String[]>of(new String[] {notReached.idNumber(), "周二", "通过", null}))))
                .param("match", "ID_NUMBER").with(csrf()).with(as(LIBRARY))));
        assertThat(byId).contains("已办理 1 行", "未导入 0 行").contains("value=\"ID_NUMBER\" checked");
        assertThat(clearance.studentAtCheckpoint(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, notReached))
                .state().name()).isEqualTo("PASSED");

        // the template, and files that are no spreadsheet
        mvc.perform(get(base + "/template").param("match", "ID_NUMBER").with(as(AFFAIRS)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX));
        mvc.perform(multipart(base + "/import").with(csrf()).with(as(AFFAIRS)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("请选择要上传的文件", "批量导入"));
        mvc.perform(multipart(base + "/import").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).with(csrf()).with(as(AFFAIRS)))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(followed(r)).contains("不支持文件"));
    }

    @Test
    void theCountersOnThePageMatchTheEnginesOpenTasks() throws Exception {
        List<Student> students = IntStream.range(0, 5).mapToObj(i -> ClearanceFixtures.master("计数" + i)).toList();
        long planId = launchedPlanWith(students);
        clearance.decide(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, students.get(0)), Verdict.PASS, null, LIBRARY);
        clearance.decide(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, students.get(1)), Verdict.FAIL, "欠书", LIBRARY);

        String page = ok(mvc.perform(get("/staff/clearance/plans/{id}/checkpoints/{cp}", planId, TASK_LIBRARY)
                .with(as(LIBRARY))));
        Map<String, Long> counters = counters(page);
        long engineOpen = taskService.createTaskQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKeyLike(planId + ":%").taskDefinitionKey(TASK_LIBRARY).count();
        assertThat(engineOpen).isEqualTo(4);
        assertThat(counters).containsEntry("should", 5L).containsEntry("passed", 1L).containsEntry("failed", 1L)
                .containsEntry("notHandled", 3L);
        assertThat(counters.get("notHandled") + counters.get("failed")).isEqualTo(engineOpen);
        assertThat(counters.get("should") - counters.get("passed")).isEqualTo(engineOpen);

        // a later checkpoint nobody reached yet: nobody is 未办理 there (no open task), all five are 未到达
        Map<String, Long> affairs = counters(ok(mvc.perform(get("/staff/clearance/plans/{id}/checkpoints/{cp}",
                planId, TASK_DEPARTMENT_AFFAIRS).with(as(ADMIN)))));
        assertThat(affairs).containsEntry("should", 5L).containsEntry("notHandled", 0L).containsEntry("waiting", 5L).containsEntry("passed", 0L);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(planId + ":%")
                .taskDefinitionKey(TASK_DEPARTMENT_AFFAIRS).count()).isZero();
    }

    // ------------------------------------------------------------------------------------------ back office

    @Test
    void theGridShowsEachCheckpointsStateKeepsTheFilterAndExportsAValidWorkbook() throws Exception {
        Student passed = ClearanceFixtures.undergraduate("吴一");
        Student other = ClearanceFixtures.undergraduate("吴二");
        long planId = launchedPlanWith(List.of(passed, other));
        clearance.decide(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, passed), Verdict.PASS, null, LIBRARY);
        List<String> checkpointNames = clearance.checkpoints(planId).stream().map(Checkpoint::name).toList();

        String grid = ok(mvc.perform(get("/staff/clearance/plans/{id}/students", planId).param("name", "吴一")
                .with(as(LIBRARY))));
        assertThat(grid).contains(checkpointNames.toArray(String[]::new))
                .contains(passed.studentNo(), mask.idNumber(passed.idNumber()), "通过", "未办理", "value=\"吴一\"")
                .doesNotContain(other.studentNo(), passed.idNumber());
        // the plan is a criterion too
        assertThat(ok(mvc.perform(get("/staff/clearance/students").param("plan", String.valueOf(planId))
                .param("studentNo", other.studentNo()).with(as(LIBRARY)))))
                .contains(other.studentNo()).doesNotContain(passed.studentNo());

        MvcResult export = mvc.perform(get("/staff/clearance/plans/{id}/students/export", planId).with(as(LIBRARY)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn();
        try (XSSFWorkbook workbook = workbook(export)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(0));
            assertThat(headers).contains("学号", "姓名").containsAll(checkpointNames);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            int library = headers.indexOf("图书馆");
            for (int r = 1; r <= 2; r++) {
                List<String> row = texts(sheet.getRow(r));
                String expected = row.get(0).equals(passed.studentNo()) ? "通过" : "未办理";
                assertThat(row.get(library)).isEqualTo(expected);
                assertThat(String.join(",", row)).doesNotContain(passed.idNumber(), other.idNumber());
            }
        }
    }

    @Test
    void theStatisticsPageDrawsOneBarPerCheckpointWithoutScriptsOrInlineStyles() throws Exception {
        Student student = ClearanceFixtures.undergraduate("郑一");
        long planId = launchedPlanWith(List.of(student, ClearanceFixtures.undergraduate("郑二")));
        clearance.decide(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, student), Verdict.PASS, null, LIBRARY);

        String page = ok(mvc.perform(get("/staff/clearance/plans/{id}/statistics", planId).with(as(FINANCE))));
        String chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(chart).contains("图书馆", "1 / 2 人通过（50%）", "class=\"passed\"").doesNotContain("style=");
        assertThat(page).doesNotContain("<script");
        for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
            assertThat(chart).contains(">" + checkpoint.name() + "<");
        }
    }

    @Test
    void aDepartmentOperatorHandsOverWhenEveryCheckpointPassed() throws Exception {
        Student student = ClearanceFixtures.undergraduate("冯一");
        long planId = launchedPlanWith(List.of(student));
        long id = studentId(planId, TASK_LIBRARY, student);
        passEverything(planId, id);
        String page = ok(mvc.perform(get("/staff/clearance/plans/{id}/handover", planId).with(as(DEPARTMENT))));
        assertThat(page).contains(student.studentNo(), "确认已发放");
        // 确认已发放 cannot be undone: without the ticked confirmation nothing happens (issue 10, finding 10)
        String unconfirmed = ok(mvc.perform(post("/staff/clearance/plans/{id}/handover/{sid}", planId, id)
                .param("studentNo", student.studentNo()).with(csrf()).with(as(DEPARTMENT))));
        assertThat(unconfirmed).contains("请先勾选", student.studentNo());
        String done = ok(mvc.perform(post("/staff/clearance/plans/{id}/handover/{sid}", planId, id)
                .param("studentNo", student.studentNo()).param("confirm", "yes").with(csrf()).with(as(DEPARTMENT))));
        assertThat(done).contains("冯一（" + student.studentNo() + "）的证书已发放").contains("目前没有等待发放证书的学生");
        mvc.perform(get("/staff/clearance/plans/{id}/handover", planId).with(as(LIBRARY))).andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------------------------------ access

    @Test
    void anOperatorOfOneCheckpointCannotActOnAnother() throws Exception {
        Student student = ClearanceFixtures.undergraduate("陈一");
        long planId = launchedPlanWith(List.of(student));
        long id = studentId(planId, TASK_LIBRARY, student);
        String finance = "/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_FINANCE;

        mvc.perform(get(finance).with(as(LIBRARY))).andExpect(status().isForbidden());
        mvc.perform(post(finance + "/decide").param("student", String.valueOf(id)).param("result", "PASS")
                .with(csrf()).with(as(LIBRARY))).andExpect(status().isForbidden());
        mvc.perform(post(finance + "/pass").param("students", String.valueOf(id)).with(csrf()).with(as(LIBRARY)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(finance + "/import").file(xlsx("r.xlsx", ClearanceFixtures.resultsWorkbook("学号",
                List.<String[]>of(new String[] {student.studentNo(), "陈一", "通过", null})))).with(csrf()).with(as(LIBRARY)))
                .andExpect(status().isForbidden());
        assertThat(clearance.studentAtCheckpoint(planId, TASK_FINANCE, id).state().name()).isEqualTo("OPEN");

        // checkpoint operators do not manage plans; staff outside clearance see nothing of it
        mvc.perform(get("/staff/clearance/plans/{id}", planId).with(as(LIBRARY))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/clearance/plans").param("name", "x").with(csrf()).with(as(LIBRARY)))
                .andExpect(status().isForbidden());
        StaffPrincipal reviewer = ClearanceFixtures.staff("reviewer", "realNameReview");
        mvc.perform(get("/staff/clearance").with(as(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/clearance/plans/{id}/students", planId).with(as(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/clearance")).andExpect(status().is3xxRedirection());

        // the console tells its header and home page whom to offer the clearance link
        mvc.perform(get("/staff").with(as(LIBRARY)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("clearanceNav", true));
        mvc.perform(get("/staff").with(as(reviewer)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("clearanceNav", false));

        // the library operator's own list shows their checkpoint only
        String plans = ok(mvc.perform(get("/staff/clearance").with(as(LIBRARY))));
        assertThat(plans).contains("/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_LIBRARY)
                .doesNotContain("/checkpoints/" + TASK_FINANCE);
    }

    // ------------------------------------------------------------------------------------------ portal

    @Test
    void aStudentSeesOnlyTheirOwnStatesAndOthersGetAFriendlyMessage() throws Exception {
        Student student = ClearanceFixtures.undergraduate("林一");
        Student classmate = ClearanceFixtures.undergraduate("林二");
        long planId = launchedPlanWith(List.of(student, classmate));
        clearance.decide(planId, TASK_FINANCE, studentId(planId, TASK_FINANCE, student), Verdict.FAIL, "欠学费 1200 元", FINANCE);
        clearance.decide(planId, TASK_LIBRARY, studentId(planId, TASK_LIBRARY, classmate), Verdict.FAIL, "丢书一本", LIBRARY);
        ApplicantPrincipal own = verifiedApplicant("林一", student.idNumber(), student.studentNo());

        String page = ok(mvc.perform(get("/clearance").with(applicant(own))));
        assertThat(page).contains("我的离校进度", clearance.plan(planId).name(), student.studentNo(), "财务清算", "未通过",
                        "欠学费 1200 元", "图书馆", "未办理")
                .doesNotContain(classmate.studentNo(), "林二", "丢书一本", "style=\"");

        ApplicantPrincipal stranger = verifiedApplicant("外人", TestIdNumbers.next(), "X0001");
        assertThat(ok(mvc.perform(get("/clearance").with(applicant(stranger)))))
                .contains("暂未查到您的离校信息").doesNotContain(student.studentNo(), "财务清算");
        // The student is found by the verified ID number only: naming another in the request changes nothing.
        assertThat(ok(mvc.perform(get("/clearance").with(applicant(stranger)).param("idNumber", student.idNumber())
                .param("studentNo", student.studentNo()).param("applicantId", String.valueOf(own.applicantId())))))
                .contains("暂未查到您的离校信息").doesNotContain(student.studentNo(), "财务清算");
        ApplicantPrincipal unverified = applicants.create("林一");
        assertThat(ok(mvc.perform(get("/clearance").with(applicant(unverified)))))
                .contains("请先完成实名认证").doesNotContain(student.studentNo());
        mvc.perform(get("/clearance")).andExpect(status().is3xxRedirection());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private long planWith(List<Student> students) {
        PlanSummary plan = clearance.createPlan("网页测试-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(students), ADMIN);
        return plan.id();
    }

    private long launchedPlanWith(List<Student> students) {
        long planId = planWith(students);
        assertThat(clearance.launchAndWait(planId, ADMIN).done()).isTrue();
        return planId;
    }

    private void waitUntilLaunched(long planId) throws InterruptedException {
        for (int i = 0; i < 300 && clearance.progress(planId).status() != PlanStatus.LAUNCHED; i++) {
            Thread.sleep(100);
        }
        assertThat(clearance.progress(planId).status()).isEqualTo(PlanStatus.LAUNCHED);
    }

    private long studentId(long planId, String checkpointId, Student student) {
        StudentFilter filter = new StudentFilter(null, student.studentNo(), null, null, null, null, null, null, null,
                null, null);
        List<CheckpointRow> rows = clearance.searchAtCheckpoint(planId, checkpointId, filter, 0, 5).getContent();
        assertThat(rows).hasSize(1);
        return rows.get(0).student().id();
    }

    /** Passes the student at every checkpoint, reached one after the other. */
    private void passEverything(long planId, long studentId) {
        for (int round = 0; round < 5; round++) {
            for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
                if (clearance.studentAtCheckpoint(planId, checkpoint.id(), studentId).state().actionable()) {
                    clearance.decide(planId, checkpoint.id(), studentId, Verdict.PASS, null, ADMIN);
                }
            }
        }
    }

    private ApplicantPrincipal verifiedApplicant(String name, String idNumber, String studentNo) {
        ApplicantPrincipal applicant = applicants.create(name);
        accounts.markRealNameVerified(applicant.applicantId(), idNumber, studentNo);
        return applicant;
    }

    private ResultActions importStudents(long planId, byte[] file) throws Exception {
        return mvc.perform(multipart("/staff/clearance/plans/{id}/students/import", planId).file(xlsx("名单.xlsx", file))
                .with(csrf()).with(as(ADMIN)));
    }

    private static MockMultipartFile xlsx(String name, byte[] content) {
        return new MockMultipartFile("file", name, XLSX, content);
    }

    /** The page a request shows: itself, or after a POST the page it redirects to (post/redirect/get). */
    private String ok(ResultActions actions) throws Exception {
        MvcResult result = actions.andReturn();
        if (result.getResponse().getStatus() / 100 == 3) {
            return followed(result);
        }
        actions.andExpect(status().isOk());
        return body(result);
    }

    /** Follows a POST's redirect as the same user, with the flash attributes; the page must answer 200. */
    private String followed(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus() / 100).as("a redirect after the POST").isEqualTo(3);
        String url = result.getResponse().getRedirectedUrl();
        // The flash attributes travel in the session (Spring Session): follow with the POST's session cookie.
        MockHttpServletRequestBuilder next = get(url).with(as(lastStaff));
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        MvcResult page = mvc.perform(next)
                .andExpect(status().isOk()).andReturn();
        return body(page);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long planIdIn(String page) {
        Matcher m = PLAN_ID.matcher(page);
        assertThat(m.find()).as("plan link on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long reportIdIn(String page) {
        Matcher m = REPORT_LINK.matcher(page);
        assertThat(m.find()).as("report link on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The on-site counters as the page shows them (data-counter="..."). */
    private static Map<String, Long> counters(String page) {
        Matcher m = Pattern.compile("<span class=\"value\" data-counter=\"(\\w+)\">(\\d+)</span>").matcher(page);
        Map<String, Long> counters = new java.util.HashMap<>();
        while (m.find()) {
            counters.put(m.group(1), Long.parseLong(m.group(2)));
        }
        assertThat(counters).containsKeys("should", "passed", "notHandled", "failed");
        return counters;
    }

    private static XSSFWorkbook workbook(MvcResult result) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    /** Who the last request was made as: a POST's redirect is followed as the same staff member. */
    private static StaffPrincipal lastStaff;

    private static RequestPostProcessor as(StaffPrincipal staff) {
        lastStaff = staff;
        List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF"));
        staff.groupIds().forEach(group -> authorities.add("GROUP_" + group));
        if (staff.isAdministrator()) {
            authorities.add("ROLE_ADMIN");
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }

    private static RequestPostProcessor applicant(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }
}
