package io.casehall.account.registry;

import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.IdNumberCell;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** The registry import's definition: its columns and the rules that turn a sheet row into a {@link GraduateRow}. */
final class RegistryImportDefinition {

    private static final Pattern STUDENT_NO = Pattern.compile("[A-Z0-9]{4,20}");

    private RegistryImportDefinition() {
    }

    /** Columns and row rules of the registry import (seed wording; English headers accepted as aliases). */
    static ImportDefinition<GraduateRow> definition() {
        return ImportDefinition.<GraduateRow>builder(GraduateRegistryService.IMPORT_KIND, "毕业生库")
                .column(SheetColumn.required(GraduateRow.STUDENT_NO, "学号").aliases("Student No.", "Student No", "StudentNo")
                        .hint("registry.hint.studentNo").example("2016011201").width(14))
                .column(SheetColumn.required(GraduateRow.FULL_NAME, "姓名").aliases("Name", "Full Name")
                        .hint("registry.hint.fullName").example("张伟").width(10))
                .column(SheetColumn.required(GraduateRow.ID_NUMBER, "证件号码").aliases("身份证号", "身份证号码", "ID No.", "ID Number")
                        .hint("registry.hint.idNumber").example("11010519491231002X").width(22))
                .column(SheetColumn.optional(GraduateRow.GENDER, "性别").aliases("Gender").allowed("男", "女")
                        .hint("registry.hint.gender").width(6))
                .column(SheetColumn.optional(GraduateRow.DEPARTMENT, "院系").aliases("学院", "学部", "Department")
                        .hint("registry.hint.department").example("化工与环境生命学部").width(22))
                .column(SheetColumn.optional(GraduateRow.MAJOR, "专业").aliases("Major")
                        .hint("registry.hint.major").example("化学工程与工艺").width(18))
                .column(SheetColumn.optional(GraduateRow.EDUCATION_LEVEL, "学历").aliases("学历层次", "Education Level")
                        .hint("registry.hint.educationLevel").example("本科").width(10))
                .column(SheetColumn.optional(GraduateRow.DEGREE_TYPE, "学位类型").aliases("学位", "Degree Type")
                        .hint("registry.hint.degreeType").example("工学学士").width(12))
                .column(SheetColumn.optional(GraduateRow.ENROLMENT_DATE, "入学时间").aliases("入学日期", "Enrolment Date")
                        .hint("registry.hint.date").example("2016-09-01").width(12))
                .column(SheetColumn.optional(GraduateRow.GRADUATION_DATE, "毕业时间").aliases("毕业日期", "Graduation Date")
                        .hint("registry.hint.date").example("2020-06-30").width(12))
                .column(SheetColumn.optional(GraduateRow.DIPLOMA_NO, "毕业证号").aliases("毕业证书编号", "Diploma No.")
                        .hint("registry.hint.certificateNo").width(22))
                .column(SheetColumn.optional(GraduateRow.DEGREE_CERTIFICATE_NO, "学位证号").aliases("学位证书编号", "Degree Certificate No.")
                        .hint("registry.hint.certificateNo").width(22))
                .column(SheetColumn.optional(GraduateRow.ARCHIVE_KEPT, "档案在校保管").aliases("档案保管", "Archive Kept")
                        .allowed("是", "否").hint("registry.hint.archiveKept").width(12))
                .parser(RegistryImportDefinition::parse)
                .uniqueBy(GraduateRow.STUDENT_NO)
                .build();
    }

    static GraduateRow parse(SheetRow row, RowErrors errors) {
        String studentNo = GraduateRegistryService.normalizeStudentNo(row.required(GraduateRow.STUDENT_NO, errors));
        if (!studentNo.isEmpty() && !STUDENT_NO.matcher(studentNo).matches()) {
            errors.add("registry.error.studentNo", row.text(GraduateRow.STUDENT_NO));
        }
        String fullName = row.required(GraduateRow.FULL_NAME, errors);
        row.maxLength(GraduateRow.FULL_NAME, 64, errors);
        String idNumber = ChineseIdNumber.normalize(row.required(GraduateRow.ID_NUMBER, errors));
        if (!idNumber.isEmpty()) {
            IdNumberCell.check(idNumber, errors, "registry.error.idNumber");
        }
        String gender = row.oneOf(GraduateRow.GENDER, errors);
        String department = row.maxLength(GraduateRow.DEPARTMENT, 128, errors);
        String major = row.maxLength(GraduateRow.MAJOR, 128, errors);
        String educationLevel = row.maxLength(GraduateRow.EDUCATION_LEVEL, 32, errors);
        String degreeType = row.maxLength(GraduateRow.DEGREE_TYPE, 32, errors);
        LocalDate enrolment = row.date(GraduateRow.ENROLMENT_DATE, errors);
        LocalDate graduation = row.date(GraduateRow.GRADUATION_DATE, errors);
        if (enrolment != null && graduation != null && graduation.isBefore(enrolment)) {
            errors.add("registry.error.graduationBeforeEnrolment");
        }
        String diplomaNo = row.maxLength(GraduateRow.DIPLOMA_NO, 64, errors);
        String degreeCertificateNo = row.maxLength(GraduateRow.DEGREE_CERTIFICATE_NO, 64, errors);
        String archiveKept = row.oneOf(GraduateRow.ARCHIVE_KEPT, errors);
        Set<String> columns = Set.copyOf(row.values().keySet().stream().filter(row::hasColumn).toList());
        return new GraduateRow(studentNo, fullName, idNumber, gender, department, major, educationLevel, degreeType,
                enrolment, graduation, diplomaNo, degreeCertificateNo,
                archiveKept == null || archiveKept.isEmpty() ? null : "是".equals(archiveKept), columns);
    }

}
