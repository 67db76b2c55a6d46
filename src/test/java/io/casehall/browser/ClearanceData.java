package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.clearance.ClearanceService;
import io.casehall.staff.StaffPrincipal;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graduation clearance data for journeys that are not about setting it up: a plan with its students (the
 * administrator's student template filled in and imported), launched, and students moved on through
 * checkpoints, all through {@link ClearanceService} as the administrator.
 */
final class ClearanceData {

    static final StaffPrincipal ADMIN = new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin"));

    /** A student of the plan as the administrator's list has them. */
    record Student(String studentNo, String fullName, String idNumber, String department) {
    }

    private final ClearanceService clearance;

    ClearanceData(ClearanceService clearance) {
        this.clearance = clearance;
    }

    /**
     * An undergraduate (本科生, no dormitory, no household migration) with a unique student number and ID number:
     * checkpoints 图书馆, 校医院审核, 财务清算, then the department's.
     */
    static Student undergraduate(String fullName, String department) {
        return new Student(UniqueData.studentNo(), fullName, TestIdNumbers.next(), department);
    }

    /** Creates the plan, imports the students and launches it (waiting until every student has started). */
    long launchedPlan(String name, List<Student> students) {
        long planId = clearance.createPlan(name, ADMIN).id();
        List<Map<String, String>> rows = students.stream().map(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("学号", s.studentNo());
            row.put("姓名", s.fullName());
            row.put("身份证号", s.idNumber());
            row.put("院系", s.department());
            row.put("专业", "工商管理");
            row.put("班级", "工商2201");
            row.put("学生类别", "本科生");
            row.put("培养层次", "本科");
            row.put("是否户口迁移", "否");
            return row;
        }).toList();
        var imported = clearance.importStudents(planId, "学生名单.xlsx",
                Spreadsheets.fillTemplate(clearance.studentTemplate(), rows), ADMIN);
        assertThat(imported.batch().getRefusedRows()).as("students refused by the import").isZero();
        assertThat(clearance.launchAndWait(planId, ADMIN).done()).as("the plan launched").isTrue();
        return planId;
    }

    /** The plan's students' ids by student number (as the checkpoint pages use them in their forms). */
    Map<String, Long> studentIds(long planId, String checkpointId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        clearance.searchAtCheckpoint(planId, checkpointId, null, 0, 500, ADMIN).getContent()
                .forEach(row -> ids.put(row.student().studentNo(), row.student().id()));
        return ids;
    }

    /** Passes the students at these checkpoints, one after the other (批量通过 as the administrator). */
    void passAt(long planId, Collection<Long> studentIds, String... checkpointIds) {
        for (String checkpointId : checkpointIds) {
            var outcome = clearance.passMany(planId, checkpointId, studentIds, null, ADMIN);
            assertThat(outcome.refused()).as("refused at %s", checkpointId).isEmpty();
        }
    }
}
