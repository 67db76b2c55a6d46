package io.casehall.clearance;

/** How a result import finds the student of a row: by student number or by ID number (seed: 学号匹配 / 身份证号匹配). */
public enum MatchBy {
    STUDENT_NO,
    ID_NUMBER
}
