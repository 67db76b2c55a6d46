package io.casehall.clearance.plan;

import io.casehall.clearance.ClearanceStudent;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.IdNumberCell;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The student list of a plan, imported from Excel with the seed's columns: per-row refusals for missing
 * fields, a wrong ID number (check digit, date, format), an unknown level, a student number twice in the file
 * or an ID number that belongs to another student of the plan. Known student numbers are updated.
 */
final class StudentImport {

    static final String KIND = "clearance-students";

    static final String STUDENT_NO = "studentNo";
    static final String FULL_NAME = "fullName";
    static final String GENDER = "gender";
    static final String ID_NUMBER = "idNumber";
    static final String DEPARTMENT = "department";
    static final String MAJOR = "major";
    static final String CLASS_NAME = "className";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String MIGRATION = "householdMigration";
    static final String DORMITORY = "dormitory";
    static final String CANDIDATE_NO = "candidateNo";

    static final List<String> LEVELS = List.of("本科", "硕士", "博士");

    private static final Pattern STUDENT_NO_PATTERN = Pattern.compile("[A-Z0-9]{4,20}");
    /** What a date cell reads as (the reader writes dates as yyyy-MM-dd, date-times as yyyy-MM-dd HH:mm). */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?");

    private StudentImport() {
    }

    static ImportDefinition<StudentRow> definition() {
        return ImportDefinition.<StudentRow>builder(KIND, "离校学生名单")
                .column(SheetColumn.required(STUDENT_NO, "学号").aliases("Student No.", "StudentNo")
                        .hint("checkpoints.hint.studentNo").example("2020010101").width(14))
                .column(SheetColumn.required(FULL_NAME, "姓名").aliases("Name")
                        .hint("checkpoints.hint.fullName").example("张思").width(10))
                .column(SheetColumn.optional(GENDER, "性别").aliases("Gender").allowed("男", "女").width(6))
                .column(SheetColumn.required(ID_NUMBER, "身份证号").aliases("证件号码", "身份证号码", "ID Number")
                        .hint("checkpoints.hint.idNumber").example("110101199601010001").width(22))
                .column(SheetColumn.required(DEPARTMENT, "院系").aliases("学院", "培养单位", "Department")
                        .hint("checkpoints.hint.department").example("马克思主义学院").width(20))
                .column(SheetColumn.optional(MAJOR, "专业").aliases("Major").example("马克思主义理论").width(20))
                .column(SheetColumn.optional(CLASS_NAME, "班级").aliases("Class").example("马克思主义理论").width(16))
                .column(SheetColumn.optional(CATEGORY, "学生类别").aliases("Category")
                        .hint("checkpoints.hint.category").example("学历硕士").width(12))
                .column(SheetColumn.required(LEVEL, "培养层次").aliases("Level").allowed(LEVELS.toArray(String[]::new))
                        .hint("checkpoints.hint.level").example("硕士").width(10))
                .column(SheetColumn.optional(MIGRATION, "是否户口迁移").aliases("户口迁移", "Household Migration")
                        .allowed("是", "否").hint("checkpoints.hint.migration").width(12))
                .column(SheetColumn.optional(DORMITORY, "住宿信息").aliases("宿舍", "Dormitory")
                        .hint("checkpoints.hint.dormitory").example("东区-研8号楼-2层-246-01床").width(26))
                .column(SheetColumn.optional(CANDIDATE_NO, "考生号").aliases("Candidate No.").width(18))
                .parser(StudentImport::parse)
                .uniqueBy(STUDENT_NO)
                .build();
    }

    static StudentRow parse(SheetRow row, RowErrors errors) {
        String studentNo = normalizeKey(row.required(STUDENT_NO, errors));
        if (!studentNo.isEmpty() && !STUDENT_NO_PATTERN.matcher(studentNo).matches()) {
            errors.add("checkpoints.import.error.studentNo", row.text(STUDENT_NO));
        }
        String fullName = row.required(FULL_NAME, errors);
        row.maxLength(FULL_NAME, 64, errors);
        String gender = row.oneOf(GENDER, errors);
        String idNumber = ChineseIdNumber.normalize(row.required(ID_NUMBER, errors));
        if (!idNumber.isEmpty()) {
            IdNumberCell.check(idNumber, errors, "checkpoints.import.error.idNumber");
        }
        String department = row.required(DEPARTMENT, errors);
        row.maxLength(DEPARTMENT, 128, errors);
        String major = row.maxLength(MAJOR, 128, errors);
        String className = row.maxLength(CLASS_NAME, 128, errors);
        String category = row.maxLength(CATEGORY, 32, errors);
        row.required(LEVEL, errors);
        String level = row.oneOf(LEVEL, errors);
        String migration = row.oneOf(MIGRATION, errors);
        String dormitory = row.maxLength(DORMITORY, 128, errors);
        String candidateNo = row.maxLength(CANDIDATE_NO, 32, errors);
        // A text column Excel turned into a date (e.g. 住宿信息 "3-306" → 2026-03-06) is read as yyyy-MM-dd:
        // refused, never stored as if it were the text.
        for (String key : List.of(STUDENT_NO, FULL_NAME, DEPARTMENT, MAJOR, CLASS_NAME, CATEGORY, DORMITORY,
                CANDIDATE_NO)) {
            String text = row.text(key);
            if (text != null && DATE_LIKE.matcher(text.strip()).matches()) {
                errors.add("checkpoints.import.error.dateInText", row.header(key), text.strip());
            }
        }
        if (gender == null && ChineseIdNumber.isValid(idNumber)) {
            gender = ChineseIdNumber.gender(idNumber) == 'M' ? "男" : "女";
        }
        return new StudentRow(row.rowNumber(), studentNo, candidateNo, fullName, gender, idNumber, department, major,
                className, category, level, "是".equals(migration), dormitory);
    }


    /** Student numbers are kept upper case without blanks. */
    static String normalizeKey(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0\\u3000]", "").toUpperCase(Locale.ROOT);
    }

    /** Inserts new student numbers and updates known ones of the plan; loads the plan's students first. */
    static final class Sink implements ImportSink<StudentRow> {

        private final long planId;
        private final ClearanceStudentRepository students;
        private final Instant now;
        private final Map<String, ClearanceStudent> byStudentNo = new HashMap<>();
        private final Map<String, String> studentNoByIdNumber = new HashMap<>();

        Sink(long planId, ClearanceStudentRepository students, Instant now) {
            this.planId = planId;
            this.students = students;
            this.now = now;
        }

        @Override
        public void prepare(List<StudentRow> rows) {
            List<String> numbers = rows.stream().map(StudentRow::studentNo).distinct().toList();
            for (int from = 0; from < numbers.size(); from += 500) {
                students.findByPlanIdAndStudentNoIn(planId, numbers.subList(from, Math.min(numbers.size(), from + 500)))
                        .forEach(s -> byStudentNo.put(s.getStudentNo(), s));
            }
            List<String> idNumbers = rows.stream().map(StudentRow::idNumber).distinct().toList();
            for (int from = 0; from < idNumbers.size(); from += 500) {
                students.findByPlanIdAndIdNumberIn(planId, idNumbers.subList(from, Math.min(idNumbers.size(), from + 500)))
                        .forEach(s -> studentNoByIdNumber.put(s.getIdNumber(), s.getStudentNo()));
            }
        }

        @Override
        public RowOutcome apply(StudentRow row, RowErrors errors) {
            String owner = studentNoByIdNumber.get(row.idNumber());
            if (owner != null && !owner.equals(row.studentNo())) {
                errors.add("checkpoints.import.error.idNumberTaken", row.idNumber(), owner);
                return RowOutcome.REFUSED;
            }
            ClearanceStudent student = byStudentNo.get(row.studentNo());
            if (student == null) {
                student = students.save(new ClearanceStudent(planId, row, now));
                byStudentNo.put(row.studentNo(), student);
                studentNoByIdNumber.put(row.idNumber(), row.studentNo());
                return RowOutcome.IMPORTED;
            }
            String previousId = student.getIdNumber();
            boolean changed = student.apply(row, now);
            if (!previousId.equals(row.idNumber())) {
                studentNoByIdNumber.remove(previousId);
                studentNoByIdNumber.put(row.idNumber(), row.studentNo());
            }
            if (!changed) {
                errors.note("checkpoints.import.unchanged", row.studentNo());
            }
            return changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
        }
    }
}
