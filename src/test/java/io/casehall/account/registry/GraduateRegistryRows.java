package io.casehall.account.registry;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Puts graduates into the registry directly, for tests about what reads it. */
@Component
public class GraduateRegistryRows {

    private final GraduateRecordRepository records;

    GraduateRegistryRows(GraduateRecordRepository records) {
        this.records = records;
    }

    public void add(String fullName, String idNumber, String studentNo) {
        records.save(new GraduateRecord(studentNo, fullName, idNumber, Instant.now()));
    }

    /** A graduate with gender, department and major, and whether the university archive keeps their file. */
    public void add(String fullName, String idNumber, String studentNo, boolean archiveKept) {
        add(fullName, idNumber, studentNo, "硕士研究生", archiveKept);
    }

    /** The same with the education level of the record (本科, 硕士研究生, 博士研究生: one record per degree). */
    public void add(String fullName, String idNumber, String studentNo, String educationLevel, boolean archiveKept) {
        GraduateRecord record = new GraduateRecord(studentNo, fullName, idNumber, Instant.now());
        record.apply(new GraduateRow(studentNo, fullName, idNumber, "女", "人文与社会科学学部", "传播学", educationLevel,
                "文学硕士", java.time.LocalDate.of(2018, 9, 1), java.time.LocalDate.of(2021, 6, 30), null, null,
                archiveKept, java.util.Set.of(GraduateRow.GENDER, GraduateRow.DEPARTMENT, GraduateRow.MAJOR,
                GraduateRow.EDUCATION_LEVEL, GraduateRow.DEGREE_TYPE, GraduateRow.ENROLMENT_DATE,
                GraduateRow.GRADUATION_DATE, GraduateRow.ARCHIVE_KEPT)), Instant.now());
        records.save(record);
    }
}
