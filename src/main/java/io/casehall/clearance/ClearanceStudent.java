package io.casehall.clearance;

import io.casehall.clearance.plan.StudentRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A student of a plan, as imported (the seed's columns), with the process instance once launched. */
@Entity
@Table(name = "clearance_student")
public class ClearanceStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "student_no", nullable = false)
    private String studentNo;

    @Column(name = "candidate_no")
    private String candidateNo;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String gender;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(nullable = false)
    private String department;

    private String major;

    @Column(name = "class_name")
    private String className;

    private String category;

    @Column(nullable = false)
    private String level;

    @Column(name = "household_migration", nullable = false)
    private boolean householdMigration;

    private String dormitory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClearanceStage stage;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "handover_task_id")
    private String handoverTaskId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClearanceStudent() {
    }

    public ClearanceStudent(long planId, StudentRow row, Instant now) {
        this.planId = planId;
        this.studentNo = row.studentNo();
        this.stage = ClearanceStage.NOT_LAUNCHED;
        this.importedAt = now;
        apply(row, now);
    }

    /** Takes the row's values; true when something changed. */
    public boolean apply(StudentRow row, Instant now) {
        boolean changed = !Objects.equals(candidateNo, row.candidateNo()) || !Objects.equals(fullName, row.fullName())
                || !Objects.equals(gender, row.gender()) || !Objects.equals(idNumber, row.idNumber())
                || !Objects.equals(department, row.department()) || !Objects.equals(major, row.major())
                || !Objects.equals(className, row.className()) || !Objects.equals(category, row.category())
                || !Objects.equals(level, row.level()) || householdMigration != row.householdMigration()
                || !Objects.equals(dormitory, row.dormitory());
        if (changed) {
            candidateNo = row.candidateNo();
            fullName = row.fullName();
            gender = row.gender();
            idNumber = row.idNumber();
            department = row.department();
            major = row.major();
            className = row.className();
            category = row.category();
            level = row.level();
            householdMigration = row.householdMigration();
            dormitory = row.dormitory();
            updatedAt = now;
        }
        return changed;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getStudentNo() {
        return studentNo;
    }

    String getFullName() {
        return fullName;
    }

    public String getDepartment() {
        return department;
    }

    public String getIdNumber() {
        return idNumber;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }
}
