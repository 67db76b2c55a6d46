package io.casehall.account.registry;

import java.time.LocalDate;
import java.util.Set;

/** One accepted row of a registry import; {@code columns} are the column keys the file had. */
record GraduateRow(String studentNo, String fullName, String idNumber, String gender, String department,
                   String major, String educationLevel, String degreeType, LocalDate enrolmentDate,
                   LocalDate graduationDate, String diplomaNo, String degreeCertificateNo, Boolean archiveKept,
                   Set<String> columns) {

    static final String STUDENT_NO = "studentNo";
    static final String FULL_NAME = "fullName";
    static final String ID_NUMBER = "idNumber";
    static final String GENDER = "gender";
    static final String DEPARTMENT = "department";
    static final String MAJOR = "major";
    static final String EDUCATION_LEVEL = "educationLevel";
    static final String DEGREE_TYPE = "degreeType";
    static final String ENROLMENT_DATE = "enrolmentDate";
    static final String GRADUATION_DATE = "graduationDate";
    static final String DIPLOMA_NO = "diplomaNo";
    static final String DEGREE_CERTIFICATE_NO = "degreeCertificateNo";
    static final String ARCHIVE_KEPT = "archiveKept";

    boolean has(String column) {
        return columns.contains(column);
    }
}
