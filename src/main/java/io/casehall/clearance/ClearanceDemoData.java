package io.casehall.clearance;

import static io.casehall.staff.DepartmentGroups.departmentGroup;
import static io.casehall.clearance.GraduationClearanceProcess.*;

import io.casehall.clearance.plan.StudentRow;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.staff.StaffPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: checkpoint operators (password Demo2026) and a launched plan "2020级研究生6月份（演示）" of
 * 36 students with some checkpoints passed, two failed with a remark, three ready for their certificates and
 * one finished — including the README's demo graduate 陈静, who sees her progress in the portal.
 */
@Component
@Profile("demo")
class ClearanceDemoData {

    static final String PLAN_NAME = "2020级研究生6月份（演示）";
    static final String PASSWORD = "Demo2026";
    private static final Logger log = LoggerFactory.getLogger(ClearanceDemoData.class);
    private static final StaffPrincipal SYSTEM_ADMIN = new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin"));

    static final String MARXISM = "马克思主义学院";
    static final String CHEMISTRY = "化工与环境生命学部";

    /**
     * user id, display name, group. The department roles (培养单位学工组, 教务秘书, 院系操作员) are per department (所在部门):
     * {@code deptaffairs}, {@code secretary} and {@code dept} serve 马克思主义学院 only, {@code chemaffairs} and
     * {@code chemdept} 化工与环境生命学部 only.
     */
    static final List<String[]> OPERATORS = List.of(
            new String[] {"library", "图书馆 李老师", "clearanceLibrary"},
            new String[] {"finance", "财务处 王老师", "clearanceFinance"},
            new String[] {"dorm", "宿管中心 赵老师", "clearanceDormitory"},
            new String[] {"deptaffairs", "马院学工组 陈老师", departmentGroup("clearanceDepartmentAffairs", MARXISM)},
            new String[] {"secretary", "马院教务秘书 周老师", departmentGroup("clearanceDepartmentSecretary", MARXISM)},
            new String[] {"dept", "马院院系操作员 孙老师", departmentGroup(GROUP_HANDOVER, MARXISM)},
            new String[] {"chemaffairs", "化工学部学工组 刘老师", departmentGroup("clearanceDepartmentAffairs", CHEMISTRY)},
            new String[] {"chemdept", "化工学部院系操作员 吴老师", departmentGroup(GROUP_HANDOVER, CHEMISTRY)});

    private static final String[] FAMILY = {"张", "李", "王", "赵", "孙", "周", "吴", "郑", "冯", "陈", "林", "黄"};
    private static final String[] GIVEN = {"思", "远", "宁", "航"};

    private final ClearanceService clearance;
    private final ClearancePlanRepository plans;
    private final ClearanceStudentRepository students;
    private final IdentityService identityService;

    ClearanceDemoData(ClearanceService clearance, ClearancePlanRepository plans, ClearanceStudentRepository students,
                      IdentityService identityService) {
        this.clearance = clearance;
        this.plans = plans;
        this.students = students;
        this.identityService = identityService;
    }

    @Order(100)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try {
            // The plan's launch creates the department groups the department operators belong to.
            if (plans.findByName(PLAN_NAME).isEmpty()) {
                createPlan();
            }
            OPERATORS.forEach(op -> ensureUser(op[0], op[1], op[2]));
        } catch (RuntimeException e) {
            log.warn("Clearance demo data could not be loaded", e);
        }
    }

    private void ensureUser(String userId, String name, String group) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identityService.createMembership(userId, group);
        }
    }

    private void createPlan() {
        PlanSummary plan = clearance.createPlan(PLAN_NAME, SYSTEM_ADMIN);
        Instant now = clearance.now();
        List<ClearanceStudent> rows = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            String name = FAMILY[i % FAMILY.length] + GIVEN[i / FAMILY.length];
            boolean doctor = i % 7 == 6;
            rows.add(new ClearanceStudent(plan.id(), new StudentRow(i + 2, "2020010" + String.format("%03d", i + 101),
                    null, name, i % 2 == 0 ? "男" : "女", idNumber(i), MARXISM,
                    i % 3 == 1 ? "科学技术哲学--硕博" : "马克思主义理论--硕博", i % 3 == 1 ? "科学技术哲学" : "马克思主义理论",
                    doctor ? "学历博士" : i % 5 == 4 ? "单证研究生" : "学历硕士", doctor ? "博士" : "硕士", i % 4 == 0,
                    i % 3 == 2 ? null : "东区-研" + (1 + i % 8) + "号楼-2层-2" + String.format("%02d", i) + "-0" + (1 + i % 4) + "床"),
                    now));
        }
        // The README's demo graduate: after real-name verification she sees her clearance in the portal.
        rows.add(new ClearanceStudent(plan.id(), new StudentRow(37, "22007031", null, "陈静", "女", "21020419981205006X",
                CHEMISTRY, "环境工程", "环境2001", "学历硕士", "硕士", false, "西区-新馆C号楼-3楼-306-04床"), now));
        students.saveAll(rows);
        clearance.launchAndWait(plan.id(), SYSTEM_ADMIN);

        List<Long> ids = rows.stream().map(ClearanceStudent::getId).toList();
        StaffPrincipal library = operator(0);
        StaffPrincipal finance = operator(1);
        clearance.passMany(plan.id(), TASK_LIBRARY, ids.subList(0, 20), null, library);
        clearance.passMany(plan.id(), TASK_FINANCE, ids.subList(0, 10), null, finance);
        clearance.decide(plan.id(), TASK_HOSPITAL, ids.get(12), Verdict.FAIL, "体检报告未提交", SYSTEM_ADMIN);
        clearance.decide(plan.id(), TASK_FINANCE, ids.get(14), Verdict.FAIL, "欠缴住宿费 1200 元", finance);
        long chenJing = ids.get(ids.size() - 1);
        clearance.decide(plan.id(), TASK_LIBRARY, chenJing, Verdict.PASS, null, library);
        clearance.decide(plan.id(), TASK_DORMITORY_CHECKOUT, chenJing, Verdict.FAIL, "宿舍钥匙未归还", operator(2));
        // Three students have passed everything; the first of them has received the certificates.
        for (int i = 0; i < 3; i++) {
            passEverything(plan.id(), ids.get(i));
        }
        clearance.handOver(plan.id(), ids.get(0), operator(5));
        log.info("Clearance demo plan '{}' with {} students launched", PLAN_NAME, ids.size());
    }

    private void passEverything(long planId, long studentId) {
        for (int round = 0; round < 3; round++) {
            for (Checkpoint checkpoint : clearance.checkpoints(planId)) {
                CheckpointRow row = clearance.studentAtCheckpoint(planId, checkpoint.id(), studentId);
                if (row.actionable()) {
                    clearance.decide(planId, checkpoint.id(), studentId, Verdict.PASS, null, SYSTEM_ADMIN);
                }
            }
        }
    }

    private static StaffPrincipal operator(int index) {
        String[] op = OPERATORS.get(index);
        return new StaffPrincipal(op[0], op[1], List.of(op[2]));
    }

    /** A valid resident ID number of Wuhan (420111), distinct per index. */
    static String idNumber(int index) {
        String birth = LocalDate.of(1996, 1, 1).plusDays(index * 37L).toString().replace("-", "");
        return ChineseIdNumber.withCheckChar("420111" + birth + String.format("%03d", 100 + index));
    }
}
