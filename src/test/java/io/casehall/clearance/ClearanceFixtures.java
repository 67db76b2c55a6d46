package io.casehall.clearance;

import io.casehall.staff.StaffPrincipal;
import io.casehall.support.TestIdNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Test data for graduation clearance: staff principals, unique students with valid ID numbers, and the
 * workbooks users upload (student list, checkpoint results). Public for the web tests too.
 */
public final class ClearanceFixtures {

    public static final StaffPrincipal ADMIN = new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin"));

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private ClearanceFixtures() {
    }

    public static StaffPrincipal staff(String userId, String... groups) {
        return new StaffPrincipal(userId, userId, List.of(groups));
    }

    /** A student row as the import template has it. */
    public record Student(String studentNo, String fullName, String gender, String idNumber, String department,
                          String major, String className, String category, String level, String migration,
                          String dormitory, String candidateNo) {

        public Student withName(String name) {
            return new Student(studentNo, name, gender, idNumber, department, major, className, category, level,
                    migration, dormitory, candidateNo);
        }

        public Student withIdNumber(String id) {
            return new Student(studentNo, fullName, gender, id, department, major, className, category, level,
                    migration, dormitory, candidateNo);
        }

        public Student withStudentNo(String no) {
            return new Student(no, fullName, gender, idNumber, department, major, className, category, level,
                    migration, dormitory, candidateNo);
        }

        Object[] cells() {
            return new Object[] {studentNo, fullName, gender, idNumber, department, major, className, category, level,
                    migration, dormitory, candidateNo};
        }
    }

    /** A unique master's student (graduate checkpoints), with a dormitory, no household migration. */
    public static Student master(String fullName) {
        long n = SEQUENCE.incrementAndGet();
        return new Student(studentNo(n), fullName, null, idNumber(n), "马克思主义学院", "马克思主义理论--硕博",
                "马克思主义理论", "学历硕士", "硕士", "否", "东区-研8号楼-2层-246-01床", null);
    }

    /** A unique undergraduate without dormitory or migration: Library, Hospital, Finance, then the department. */
    public static Student undergraduate(String fullName) {
        long n = SEQUENCE.incrementAndGet();
        return new Student(studentNo(n), fullName, null, idNumber(n), "经济管理学院", "工商管理", "工商1601", "本科生",
                "本科", "否", null, null);
    }

    public static String studentNo(long n) {
        return "C" + String.format("%011d", n % 100_000_000_000L);
    }

    /** A valid 18-digit ID number, distinct for every n (birth date and sequence vary). */
    public static String idNumber(long n) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(n % 3650);
        return TestIdNumbers.withCheck(
                "110101" + birth.toString().replace("-", "") + String.format("%03d", (n / 3650) % 1000));
    }

    public static final String[] STUDENT_HEADERS = {"学号", "姓名", "性别", "身份证号", "院系", "专业", "班级", "学生类别",
            "培养层次", "是否户口迁移", "住宿信息", "考生号"};

    public static byte[] studentsWorkbook(List<Student> students) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(STUDENT_HEADERS);
        students.forEach(s -> rows.add(s.cells()));
        return workbook(rows);
    }

    /** A result file: key (student no. or ID number), name, 通过/未通过, remark. */
    public static byte[] resultsWorkbook(String keyHeader, List<String[]> rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {keyHeader, "姓名", "办理结果", "备注"});
        all.addAll(rows);
        return workbook(all);
    }

    /** {@code rows}, then one more row whose cell {@code dateColumn} is an Excel date (as Excel makes "3-6"). */
    public static byte[] workbookWithDate(List<Object[]> rows, Object[] last, int dateColumn, java.time.LocalDate date) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<Object[]> all = new ArrayList<>(rows);
            all.add(last);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = all.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(all.size() - 1).createCell(dateColumn);
            cell.setCellValue(date);
            cell.setCellStyle(style);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any rows; strings become text cells (streamed, so 10,000 rows are cheap). */
    public static byte[] workbook(List<Object[]> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
