package io.casehall.clearance.web;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.GROUP_HANDOVER;
import static io.casehall.clearance.GraduationClearanceProcess.TASK_DEPARTMENT_AFFAIRS;
import static io.casehall.staff.DepartmentGroups.departmentGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearanceFixtures;
import io.casehall.clearance.ClearanceFixtures.Student;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.clearance.Verdict;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, finding 11: the department roles (培养单位学工组, 教务秘书, 院系操作员) act only on the students of their own
 * department (所在部门), in the staff console and in Tasklist alike; the scope comes from the signed-in staff
 * member's groups, never from the request.
 */
class ClearanceDepartmentScopeTest extends IntegrationTest {

    private static final String AFFAIRS_ROLE = "clearanceDepartmentAffairs";

    @Autowired
    ClearanceService clearance;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void aDepartmentOperatorSeesAndActsOnlyOnTheirOwnDepartmentInTheConsoleAndInTasklist() throws Exception {
        String deptA = "甲学院" + System.nanoTime();
        String deptB = "乙学院" + System.nanoTime();
        Student a = inDepartment(ClearanceFixtures.undergraduate("甲一"), deptA);
        Student a2 = inDepartment(ClearanceFixtures.undergraduate("甲二"), deptA);
        Student b = inDepartment(ClearanceFixtures.undergraduate("乙一"), deptB);
        PlanSummary plan = clearance.createPlan("部门范围-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(List.of(a, a2, b)), ADMIN);
        assertThat(clearance.launchAndWait(plan.id(), ADMIN).done()).isTrue();
        long planId = plan.id();
        long idA = id(planId, a);
        long idA2 = id(planId, a2);
        long idB = id(planId, b);
        for (long id : List.of(idA, idA2, idB)) {
            passUntilDepartmentAffairs(planId, id);
        }
        StaffPrincipal operatorA = staff("aff-a-" + System.nanoTime(), departmentGroup(AFFAIRS_ROLE, deptA));
        StaffPrincipal operatorB = staff("aff-b-" + System.nanoTime(), departmentGroup(AFFAIRS_ROLE, deptB));
        // A member of the bare role group is no department's operator any more.
        StaffPrincipal bare = staff("aff-bare-" + System.nanoTime(), AFFAIRS_ROLE);
        String onsite = "/staff/clearance/plans/" + planId + "/checkpoints/" + TASK_DEPARTMENT_AFFAIRS;

        // Tasklist: the engine's own task query, as each operator — only their department's tasks.
        assertThat(tasklistStudents(operatorA, planId)).containsExactlyInAnyOrder(planId + ":" + a.studentNo(),
                planId + ":" + a2.studentNo());
        assertThat(tasklistStudents(operatorB, planId)).containsExactly(planId + ":" + b.studentNo());
        assertThat(tasklistStudents(bare, planId)).isEmpty();

        // Console list and counters: only department A, whatever the URL asks for.
        String list = page(get(onsite).param("department", deptB).with(as(operatorA)));
        assertThat(list).doesNotContain(b.studentNo());
        list = page(get(onsite).with(as(operatorA)));
        assertThat(list).contains(a.studentNo(), a2.studentNo()).doesNotContain(b.studentNo());
        assertThat(list).contains("data-counter=\"should\">2<");
        mvc.perform(get(onsite).with(as(bare))).andExpect(status().isForbidden());

        // Deciding B's student: 404, nothing happens.
        mvc.perform(post(onsite + "/decide").param("student", String.valueOf(idB)).param("result", "PASS")
                .with(csrf()).with(as(operatorA))).andExpect(status().isNotFound());
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, idB).state())
                .isEqualTo(CheckpointState.OPEN);

        // Batch: A's student passes, B's is refused …
        MvcResult batch = mvc.perform(post(onsite + "/pass").param("students", String.valueOf(idA), String.valueOf(idB))
                .with(csrf()).with(as(operatorA))).andExpect(status().is3xxRedirection()).andReturn();
        String after = page(get(batch.getResponse().getRedirectedUrl()).cookie(batch.getResponse().getCookies())
                .with(as(operatorA)));
        // … refused like an unknown student: neither B's name nor student number is shown to A's operator
        assertThat(after).contains("本方案中没有这名学生（编号 " + idB + "）").doesNotContain(b.studentNo(), b.fullName());
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, idA).state())
                .isEqualTo(CheckpointState.PASSED);
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, idB).state())
                .isEqualTo(CheckpointState.OPEN);

        // Import: B's row refused with the reason, A's row passes.
        byte[] results = ClearanceFixtures.resultsWorkbook("学号", List.of(
                new String[] {a2.studentNo(), a2.fullName(), "通过", ""},
                new String[] {b.studentNo(), b.fullName(), "通过", ""}));
        MvcResult imported = mvc.perform(multipart(onsite + "/import").file(new MockMultipartFile("file", "r.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", results))
                .with(csrf()).with(as(operatorA))).andExpect(status().is3xxRedirection()).andReturn();
        String report = page(get(imported.getResponse().getRedirectedUrl()).cookie(imported.getResponse().getCookies())
                .with(as(operatorA)));
        assertThat(report).contains(b.studentNo(), "不属于您所在的部门");
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, idA2).state())
                .isEqualTo(CheckpointState.PASSED);
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, idB).state())
                .isEqualTo(CheckpointState.OPEN);

        // The back office and statistics show only department A.
        String grid = page(get("/staff/clearance/plans/{id}/students", planId).with(as(operatorA)));
        assertThat(grid).contains(a.studentNo()).doesNotContain(b.studentNo());
        assertThat(clearance.statistics(planId, StudentFilter.none(), operatorA).stream()
                .filter(c -> c.checkpoint().id().equals(TASK_DEPARTMENT_AFFAIRS)).findFirst().orElseThrow().should())
                .isEqualTo(2);

        assertThat(tasklistStudents(operatorA, planId)).isEmpty(); // both of A's students passed
        assertThat(tasklistStudents(operatorB, planId)).containsExactly(planId + ":" + b.studentNo());
        assertThat(tasklistStudents(bare, planId)).isEmpty();
        assertThat(page(get(onsite).with(as(operatorB)))).contains(b.studentNo()).doesNotContain(a.studentNo());
    }

    @Test
    void aDepartmentOperatorHandsOverOnlyToTheirOwnDepartment() throws Exception {
        String deptA = "丙学院" + System.nanoTime();
        String deptB = "丁学院" + System.nanoTime();
        Student a = inDepartment(ClearanceFixtures.undergraduate("丙一"), deptA);
        Student b = inDepartment(ClearanceFixtures.undergraduate("丁一"), deptB);
        PlanSummary plan = clearance.createPlan("部门发放-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(List.of(a, b)), ADMIN);
        assertThat(clearance.launchAndWait(plan.id(), ADMIN).done()).isTrue();
        long planId = plan.id();
        long idA = id(planId, a);
        long idB = id(planId, b);
        passEverything(planId, idA);
        passEverything(planId, idB);
        StaffPrincipal deptOperatorA = staff("dept-a-" + System.nanoTime(), departmentGroup(GROUP_HANDOVER, deptA));
        String handover = "/staff/clearance/plans/" + planId + "/handover";

        String list = page(get(handover).with(as(deptOperatorA)));
        assertThat(list).contains(a.studentNo()).doesNotContain(b.studentNo());
        mvc.perform(post(handover + "/" + idB).param("confirm", "yes").with(csrf()).with(as(deptOperatorA)))
                .andExpect(status().isNotFound());
        // Without the confirmation nothing is handed over (finding 10) …
        mvc.perform(post(handover + "/" + idA).with(csrf()).with(as(deptOperatorA)))
                .andExpect(status().is3xxRedirection());
        assertThat(clearance.awaitingHandover(planId, StudentFilter.none(), 0, 10).getContent())
                .extracting(StudentInfo::id).contains(idA, idB);
        // … with it, the student's clearance is complete, and the page after the redirect says so.
        MvcResult done = mvc.perform(post(handover + "/" + idA).param("confirm", "yes").param("studentNo", a.studentNo())
                .with(csrf()).with(as(deptOperatorA))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(done.getFlashMap().keySet()).as("flash").contains("okMessage");
        assertThat(page(get(done.getResponse().getRedirectedUrl()).cookie(done.getResponse().getCookies())
                .with(as(deptOperatorA)))).contains("离校办理完成");
        assertThat(clearance.awaitingHandover(planId, StudentFilter.none(), 0, 10).getContent())
                .extracting(StudentInfo::id).containsExactly(idB);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private List<String> tasklistStudents(StaffPrincipal staff, long planId) {
        List<Task> tasks;
        identityService.setAuthentication(staff.userId(), staff.groupIds());
        try {
            tasks = taskService.createTaskQuery().taskDefinitionKey(TASK_DEPARTMENT_AFFAIRS)
                    .processInstanceBusinessKeyLike(planId + ":%").list();
        } finally {
            identityService.clearAuthentication();
        }
        List<String> keys = new ArrayList<>();
        for (Task task : tasks) {
            keys.add(clearanceKey(task));
        }
        return keys;
    }

    private String clearanceKey(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    private void passUntilDepartmentAffairs(long planId, long studentId) {
        for (int round = 0; round < 5; round++) {
            for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
                if (!checkpoint.id().equals(TASK_DEPARTMENT_AFFAIRS)
                        && clearance.studentAtCheckpoint(planId, checkpoint.id(), studentId).state().actionable()) {
                    clearance.decide(planId, checkpoint.id(), studentId, Verdict.PASS, null, ADMIN);
                }
            }
        }
        assertThat(clearance.studentAtCheckpoint(planId, TASK_DEPARTMENT_AFFAIRS, studentId).state())
                .isEqualTo(CheckpointState.OPEN);
    }

    private void passEverything(long planId, long studentId) {
        for (int round = 0; round < 5; round++) {
            for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
                if (clearance.studentAtCheckpoint(planId, checkpoint.id(), studentId).state().actionable()) {
                    clearance.decide(planId, checkpoint.id(), studentId, Verdict.PASS, null, ADMIN);
                }
            }
        }
    }

    private long id(long planId, Student student) {
        return clearance.students(planId, new StudentFilter(null, student.studentNo(), null, null, null, null, null,
                null, null, null, null), 0, 5).getContent().get(0).id();
    }

    private static Student inDepartment(Student s, String department) {
        return new Student(s.studentNo(), s.fullName(), s.gender(), s.idNumber(), department, s.major(),
                s.className(), s.category(), s.level(), s.migration(), s.dormitory(), s.candidateNo());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static StaffPrincipal staff(String userId, String group) {
        return new StaffPrincipal(userId, userId, List.of(group));
    }

    private static RequestPostProcessor as(StaffPrincipal staff) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF"));
        staff.groupIds().forEach(group -> authorities.add("GROUP_" + group));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }
}
