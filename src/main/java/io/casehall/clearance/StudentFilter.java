package io.casehall.clearance;

import java.util.Set;

/**
 * Search criteria of the on-site list, the back-office grid and the statistics; blank fields do not filter.
 * {@code query} matches a student number exactly or by prefix, or a name by substring (the seed's one box
 * 学号/姓名); the other fields match exactly except {@code name}, {@code major} and {@code className}
 * (substring). {@code state} applies only to searches at one checkpoint. {@code departmentsIn} is the staff
 * member's scope (their 所在部门, from their groups — never from a request): null for every department, else only
 * students of these departments (none when empty).
 */
public record StudentFilter(String query, String studentNo, String candidateNo, String name, String department,
                            String major, String className, String gender, String level, String category,
                            CheckpointState state, Set<String> departmentsIn) {

    public StudentFilter {
        departmentsIn = departmentsIn == null ? null : Set.copyOf(departmentsIn);
    }

    public StudentFilter(String query, String studentNo, String candidateNo, String name, String department,
                         String major, String className, String gender, String level, String category,
                         CheckpointState state) {
        this(query, studentNo, candidateNo, name, department, major, className, gender, level, category, state,
                null);
    }

    public static StudentFilter none() {
        return new StudentFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Just the one search box (学号 or 姓名). */
    public static StudentFilter query(String query) {
        return new StudentFilter(query, null, null, null, null, null, null, null, null, null, null);
    }

    /** This filter limited to a scope of departments (null: unchanged). */
    public StudentFilter within(Set<String> departments) {
        if (departments == null) {
            return this;
        }
        return new StudentFilter(query, studentNo, candidateNo, name, department, major, className, gender, level,
                category, state, departments);
    }

    /** Whether the scope lets a student of this department through. */
    public boolean admits(String studentDepartment) {
        return departmentsIn == null || departmentsIn.contains(studentDepartment);
    }
}
