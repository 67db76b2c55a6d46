package io.casehall.creditbank.school;

import io.casehall.creditbank.School;
import io.casehall.creditbank.SchoolRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit bank's reference list of schools per provincial education department, imported by an administrator
 * from Excel through the shared import engine: a school code already listed updates its row.
 */
@Service
public class SchoolImports {

    static final String KIND = "creditbank-schools";
    private static final String SCOPE = "all";

    private final SpreadsheetImports imports;
    private final SchoolRepository schools;
    private final AuditLog audit;
    private final ImportDefinition<Row> definition = ImportDefinition.<Row>builder(KIND, "学校名单")
            .column(SheetColumn.required("departmentCode", "省级教育部门代码").example("430000"))
            .column(SheetColumn.required("departmentName", "省级教育部门名称").example("湖南省教育厅"))
            .column(SheetColumn.required("schoolCode", "学校代码").example("4143010001").hint("10位数字"))
            .column(SheetColumn.required("schoolName", "学校名称").example("长沙航空职业技术学院"))
            .column(SheetColumn.optional("schoolType", "学校类型").example("高职（专科）"))
            .parser(SchoolImports::parse)
            .uniqueBy("schoolCode")
            .build();

    SchoolImports(SpreadsheetImports imports, SchoolRepository schools, AuditLog audit) {
        this.imports = imports;
        this.schools = schools;
        this.audit = audit;
    }

    record Row(String departmentCode, String departmentName, String schoolCode, String schoolName,
               String schoolType) {
    }

    private static Row parse(io.casehall.shared.spreadsheet.SheetRow row, RowErrors errors) {
        String departmentCode = row.required("departmentCode", errors);
        if (!departmentCode.isEmpty()) {
            row.matching("departmentCode", "\\d{6}", "creditbank.school.error.departmentCode", errors);
        }
        String departmentName = row.required("departmentName", errors);
        row.maxLength("departmentName", 64, errors);
        String schoolCode = row.required("schoolCode", errors);
        if (!schoolCode.isEmpty()) {
            row.matching("schoolCode", "\\d{10}", "creditbank.school.error.schoolCode", errors);
        }
        String schoolName = row.required("schoolName", errors);
        row.maxLength("schoolName", 100, errors);
        String schoolType = row.maxLength("schoolType", 32, errors);
        return new Row(departmentCode, departmentName, schoolCode, schoolName, schoolType);
    }

    @Transactional
    public ImportResult importFile(String fileName, byte[] xlsx, Actor actor) {
        ImportResult result = imports.run(definition, SCOPE, fileName, xlsx, new Sink(schools), actor);
        ImportBatch batch = result.batch();
        audit.record(actor, "CREDITBANK_SCHOOLS_IMPORTED", "import-batch", batch.getId(),
                "file=%s total=%d imported=%d updated=%d refused=%d".formatted(batch.getFileName(),
                        batch.getTotalRows(), result.report().count(RowOutcome.IMPORTED),
                        result.report().count(RowOutcome.UPDATED), batch.getRefusedRows()));
        return result;
    }

    public byte[] template() {
        return imports.template(definition);
    }

    public String templateFileName() {
        return imports.templateFileName(definition);
    }

    @Transactional(readOnly = true)
    public ImportBatch batch(long batchId) {
        return imports.find(KIND, batchId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent(int limit) {
        return imports.recent(KIND, SCOPE, limit);
    }

    @Transactional
    public DocumentContent report(long batchId, Actor actor) {
        return imports.readReport(KIND, batchId, actor);
    }

    /** Adds new school codes, updates listed ones. */
    static final class Sink implements ImportSink<Row> {

        private final SchoolRepository schools;
        private final Map<String, School> byCode = new HashMap<>();

        Sink(SchoolRepository schools) {
            this.schools = schools;
        }

        @Override
        public void prepare(List<Row> rows) {
            List<String> codes = rows.stream().map(Row::schoolCode).distinct().toList();
            for (int from = 0; from < codes.size(); from += 500) {
                schools.findBySchoolCodeIn(codes.subList(from, Math.min(codes.size(), from + 500)))
                        .forEach(s -> byCode.put(s.getSchoolCode(), s));
            }
        }

        @Override
        public RowOutcome apply(Row row, RowErrors errors) {
            School school = byCode.get(row.schoolCode());
            if (school == null) {
                byCode.put(row.schoolCode(), schools.save(new School(row.departmentCode(), row.departmentName(),
                        row.schoolCode(), row.schoolName(), row.schoolType())));
                return RowOutcome.IMPORTED;
            }
            if (Objects.equals(school.getDepartmentCode(), row.departmentCode())
                    && Objects.equals(school.getDepartmentName(), row.departmentName())
                    && Objects.equals(school.getSchoolName(), row.schoolName())
                    && Objects.equals(school.getSchoolType(), row.schoolType())) {
                return RowOutcome.UNCHANGED;
            }
            school.update(row.departmentCode(), row.departmentName(), row.schoolName(), row.schoolType());
            return RowOutcome.UPDATED;
        }
    }
}
