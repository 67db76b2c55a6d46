package io.casehall.account.registry;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetRow;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate registry (毕业生库): staff import it from Excel; real-name verification looks people up in
 * it by ID number and compares name and student number.
 */
@Service
public class GraduateRegistryService {

    /** {@code ImportBatch} kind of registry imports. */
    public static final String IMPORT_KIND = "graduate-registry";
    static final int PAGE_SIZE = 20;

    private final GraduateRecordRepository records;
    private final SpreadsheetImports imports;
    private final AuditLog auditLog;
    private final Clock clock;

    public GraduateRegistryService(GraduateRecordRepository records, SpreadsheetImports imports, AuditLog auditLog,
                                   Clock clock) {
        this.records = records;
        this.imports = imports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- look-ups for real-name verification

    /**
     * The registry record with this ID number (normalized with {@link ChineseIdNumber#normalize}). A person
     * with several records (e.g. bachelor and master) gets the one with the latest graduation date; use
     * {@link #findForVerification} when a student number is known.
     */
    @Transactional(readOnly = true)
    public Optional<GraduateRecord> findByIdNumber(String idNumber) {
        return findAllByIdNumber(idNumber).stream().findFirst();
    }

    /** Every record with this ID number, latest graduation first. */
    @Transactional(readOnly = true)
    public List<GraduateRecord> findAllByIdNumber(String idNumber) {
        String normalized = ChineseIdNumber.normalize(idNumber);
        return normalized.isEmpty() ? List.of() : records.findByIdNumberLatestFirst(normalized);
    }

    @Transactional(readOnly = true)
    public Optional<GraduateRecord> findByStudentNo(String studentNo) {
        String normalized = normalizeStudentNo(studentNo);
        return normalized.isEmpty() ? Optional.empty() : records.findByStudentNo(normalized);
    }

    /**
     * The record to compare a verification request with: among the records with this ID number, the one
     * with this student number if there is one, otherwise the latest. Empty when the ID number is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<GraduateRecord> findForVerification(String idNumber, String studentNo) {
        List<GraduateRecord> candidates = findAllByIdNumber(idNumber);
        String normalizedStudentNo = normalizeStudentNo(studentNo);
        return candidates.stream().filter(record -> record.getStudentNo().equals(normalizedStudentNo)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** Student numbers are compared upper-case without blanks, as the registry stores them. */
    public static String normalizeStudentNo(String studentNo) {
        return studentNo == null ? "" : withoutBlanks(studentNo).toUpperCase(Locale.ROOT);
    }

    /** Whether a name as typed equals the registry's (blanks ignored, so "张 伟" equals "张伟"). */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && withoutBlanks(a).equals(withoutBlanks(b));
    }

    /** Blanks as people type them: ASCII, no-break and ideographic spaces. */
    private static String withoutBlanks(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]", "");
    }

    // ---------------------------------------------------------------- console

    /** Records whose student number starts with, name contains, or ID number equals {@code query}; newest first. */
    @Transactional(readOnly = true)
    public Page<GraduateRecord> search(String query, int page) {
        PageRequest pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return records.findAll(pageable);
        }
        return records.search(SearchText.escaped(normalizeStudentNo(q)) + "%", "%" + SearchText.escaped(q) + "%",
                ChineseIdNumber.normalize(q), pageable);
    }

    @Transactional(readOnly = true)
    public long count() {
        return records.count();
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports a registry workbook: validates the upload, refuses bad rows with reasons, inserts new student
     * numbers and updates existing ones, stores the report and records the batch. A file refused as a whole
     * throws a {@code UserFacingException} (the store's or the engine's message) and changes nothing.
     */
    @Transactional
    public ImportResult importFile(String fileName, byte[] xlsx, Actor actor) {
        ImportResult result = imports.run(importDefinition(), null, fileName, xlsx, new RegistrySink(), actor);
        ImportBatch batch = result.batch();
        auditLog.record(actor, "REGISTRY_IMPORTED", "import-batch", batch.getId(),
                "file=%s total=%d imported=%d updated=%d unchanged=%d refused=%d".formatted(batch.getFileName(),
                        batch.getTotalRows(), result.report().count(RowOutcome.IMPORTED),
                        result.report().count(RowOutcome.UPDATED), result.report().count(RowOutcome.UNCHANGED),
                        batch.getRefusedRows()));
        return result;
    }

    /** The import template (header row, text formats, 填写说明 sheet). */
    public byte[] importTemplate() {
        return imports.template(importDefinition());
    }

    public String importTemplateFileName() {
        return imports.templateFileName(importDefinition());
    }

    /** One registry import, for its result page. */
    public ImportBatch importBatch(long batchId) {
        return imports.find(IMPORT_KIND, batchId).orElseThrow(io.casehall.shared.web.NotFoundException::new);
    }

    public List<ImportBatch> recentImports(int limit) {
        return imports.recent(IMPORT_KIND, limit);
    }

    /** A registry import's report, for its importer or an administrator (audited by the document store). */
    public DocumentContent importReport(long batchId, Actor actor) {
        return imports.readReport(IMPORT_KIND, batchId, actor);
    }

    /** Columns and row rules of the registry import; see {@link RegistryImportDefinition}. */
    static ImportDefinition<GraduateRow> importDefinition() {
        return RegistryImportDefinition.definition();
    }

    /** Parses one registry row; see {@link RegistryImportDefinition#parse}. */
    static GraduateRow parse(SheetRow row, RowErrors errors) {
        return RegistryImportDefinition.parse(row, errors);
    }

    /** Inserts new student numbers, updates known ones; existing records are loaded in bulk first. */
    private final class RegistrySink implements ImportSink<GraduateRow> {

        private final Map<String, GraduateRecord> known = new HashMap<>();
        private final Instant now = clock.instant();

        @Override
        public void prepare(List<GraduateRow> rows) {
            List<String> studentNos = rows.stream().map(GraduateRow::studentNo).distinct().toList();
            for (int from = 0; from < studentNos.size(); from += 500) {
                records.findByStudentNoIn(studentNos.subList(from, Math.min(studentNos.size(), from + 500)))
                        .forEach(record -> known.put(record.getStudentNo(), record));
            }
        }

        @Override
        public RowOutcome apply(GraduateRow row, RowErrors errors) {
            GraduateRecord record = known.get(row.studentNo());
            if (record == null) {
                record = new GraduateRecord(row.studentNo(), row.fullName(), row.idNumber(), now);
                record.apply(row, now);
                known.put(row.studentNo(), records.save(record));
                return RowOutcome.IMPORTED;
            }
            return record.apply(row, now) ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
        }
    }

    // ---------------------------------------------------------------- demo data

    /** The demo registry rows (valid ID numbers), for the README and the demo profile. */
    static final List<DemoGraduate> DEMO_ROWS = List.of(
            new DemoGraduate("2016011201", "张伟", "110101199803151231", "男", "化工与环境生命学部", "化学工程与工艺",
                    "本科", "工学学士", "2016-09-01", "2020-06-30", "101411202005000101", "1014142020000101", true),
            new DemoGraduate("2017021305", "李娜", "210202199906222464", "女", "人文与社会科学学部", "法学",
                    "本科", "法学学士", "2017-09-01", "2021-06-30", "101411202105000205", "1014142021000205", false),
            new DemoGraduate("2018031118", "王芳", "210203200001080627", "女", "经济管理学院", "工商管理",
                    "本科", "管理学学士", "2018-09-01", "2022-06-30", "101411202205000318", "1014142022000318", false),
            new DemoGraduate("2015041107", "刘洋", "110105199711303512", "男", "电子信息与电气工程学部", "计算机科学与技术",
                    "本科", "工学学士", "2015-09-01", "2019-06-30", "101411201905000407", "1014142019000407", false),
            new DemoGraduate("22007031", "陈静", "21020419981205006X", "女", "化工与环境生命学部", "环境工程",
                    "硕士研究生", "工学硕士", "2020-09-01", "2023-06-30", "101411202302000031", "1014132023000031", true));

    record DemoGraduate(String studentNo, String fullName, String idNumber, String gender, String department,
                        String major, String educationLevel, String degreeType, String enrolmentDate,
                        String graduationDate, String diplomaNo, String degreeCertificateNo, boolean archiveKept) {

        GraduateRow toRow() {
            return new GraduateRow(studentNo, fullName, idNumber, gender, department, major, educationLevel,
                    degreeType, LocalDate.parse(enrolmentDate), LocalDate.parse(graduationDate), diplomaNo,
                    degreeCertificateNo, archiveKept, Set.of(GraduateRow.ARCHIVE_KEPT, GraduateRow.GENDER, GraduateRow.DEPARTMENT, GraduateRow.MAJOR,
                    GraduateRow.EDUCATION_LEVEL, GraduateRow.DEGREE_TYPE, GraduateRow.ENROLMENT_DATE,
                    GraduateRow.GRADUATION_DATE, GraduateRow.DIPLOMA_NO, GraduateRow.DEGREE_CERTIFICATE_NO));
        }
    }

    /** Demo profile only: inserts the {@link #DEMO_ROWS} whose student numbers are not in the registry yet. */
    @Transactional
    public int addDemoRows() {
        Instant now = clock.instant();
        List<GraduateRecord> added = new ArrayList<>();
        for (DemoGraduate demo : DEMO_ROWS) {
            if (records.findByStudentNo(demo.studentNo()).isEmpty()) {
                GraduateRow row = demo.toRow();
                GraduateRecord record = new GraduateRecord(row.studentNo(), row.fullName(), row.idNumber(), now);
                record.apply(row, now);
                added.add(record);
            }
        }
        records.saveAll(added);
        return added.size();
    }
}
