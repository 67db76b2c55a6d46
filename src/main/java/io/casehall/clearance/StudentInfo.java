package io.casehall.clearance;

/**
 * A student of a plan with the seed's columns (学号, 姓名, 性别, 年龄, 身份证号, 院系, 专业, 班级, 学生类别, 培养层次,
 * 是否户口迁移, 住宿信息) plus the candidate number (考生号) and the overall stage. The ID number is unmasked:
 * mask it on screen. {@code age} comes from the ID number's birth date (null for other documents).
 */
public record StudentInfo(long id, long planId, String studentNo, String candidateNo, String fullName, String gender,
                          Integer age, String idNumber, String department, String major, String className,
                          String category, String level, boolean householdMigration, String dormitory,
                          ClearanceStage stage) {
}
