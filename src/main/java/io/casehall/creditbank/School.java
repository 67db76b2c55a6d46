package io.casehall.creditbank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school in the reference list of its provincial education department, with its school code (院校标识码). */
@Entity
@Table(name = "cb_school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Column(name = "department_name", nullable = false)
    private String departmentName;
    @Column(name = "school_code", nullable = false, unique = true)
    private String schoolCode;
    @Column(name = "school_name", nullable = false)
    private String schoolName;
    @Column(name = "school_type")
    private String schoolType;

    protected School() {
    }

    public School(String departmentCode, String departmentName, String schoolCode, String schoolName,
                  String schoolType) {
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.schoolCode = schoolCode;
        this.schoolName = schoolName;
        this.schoolType = schoolType;
    }

    /** An import row for a school already listed replaces its names and type (the code stays). */
    public void update(String departmentCode, String departmentName, String schoolName, String schoolType) {
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.schoolName = schoolName;
        this.schoolType = schoolType;
    }

    public Long getId() {
        return id;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolType() {
        return schoolType;
    }
}
