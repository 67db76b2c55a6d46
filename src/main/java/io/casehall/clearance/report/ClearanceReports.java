package io.casehall.clearance.report;

import static io.casehall.clearance.checkpoint.ClearanceRoles.admits;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointCell;
import io.casehall.clearance.CheckpointCounters;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.ClearancePlan;
import io.casehall.clearance.Grid;
import io.casehall.clearance.GridRow;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.clearance.StudentProgress;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.plan.PlanLookup;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import io.casehall.staff.StaffPrincipal;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;

/** Read side of clearance: counters, statistics, the back-office grid and its export, a student's own progress. */
@Component
public class ClearanceReports {

    private final PlanLookup lookup;
    private final ClearanceRoles roles;
    private final CheckpointCatalog catalog;
    private final ClearanceQueries queries;
    private final GridExportStream exports;
    private final Masking masking;
    private final AuditLog auditLog;
    private final Messages messages;

    ClearanceReports(PlanLookup lookup, ClearanceRoles roles, CheckpointCatalog catalog, ClearanceQueries queries,
                     GridExportStream exports, Masking masking, AuditLog auditLog, Messages messages) {
        this.exports = exports;
        this.lookup = lookup;
        this.roles = roles;
        this.catalog = catalog;
        this.queries = queries;
        this.masking = masking;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    public CheckpointCounters counters(long planId, String checkpointId) {
        Checkpoint checkpoint = lookup.checkpoint(planId, checkpointId);
        return counters(checkpoint, queries.counts(planId, checkpointId, StudentFilter.none()).get(checkpointId));
    }

    public CheckpointCounters counters(long planId, String checkpointId, StaffPrincipal staff) {
        Checkpoint checkpoint = roles.requireActor(planId, checkpointId, staff);
        Set<String> scope = roles.departmentScope(staff, planId, checkpoint);
        return counters(checkpoint,
                queries.counts(planId, checkpointId, StudentFilter.none().within(scope)).get(checkpointId));
    }

    public List<CheckpointCounters> statistics(long planId, StudentFilter filter, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return statistics(planId, f.within(roles.departmentScope(staff, planId)));
    }

    public Grid grid(long planId, StudentFilter filter, int page, int size, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return grid(planId, f.within(roles.departmentScope(staff, planId)), page, size);
    }

    public void exportGrid(long planId, StudentFilter filter, OutputStream out, StaffPrincipal staff) {
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        exportGrid(planId, f.within(roles.departmentScope(staff, planId)), false, out, staff);
    }

    public List<String> departments(long planId, StaffPrincipal staff) {
        Set<String> scope = roles.departmentScope(staff, planId);
        return queries.distinct(planId, "department").stream().filter(d -> admits(scope, d)).toList();
    }

    public List<CheckpointCounters> statistics(long planId, StudentFilter filter) {
        Map<String, Map<CheckpointState, Long>> counts = queries.counts(planId, filter);
        return lookup.checkpoints(planId).stream().map(c -> counters(c, counts.get(c.id()))).toList();
    }

    public Grid grid(long planId, StudentFilter filter, int page, int size) {
        List<Checkpoint> columns = lookup.checkpoints(planId);
        Page<StudentInfo> studentsPage = queries.students(planId, null, filter, Math.max(0, page),
                PlanLookup.clampSize(size));
        List<GridRow> rows = queries.gridRows(studentsPage.getContent(), columns);
        return new Grid(columns, new PageImpl<>(rows, studentsPage.getPageable(), studentsPage.getTotalElements()));
    }

    public void exportGrid(long planId, StudentFilter filter, boolean unmaskedIdNumbers, OutputStream out,
                           Actor actor) {
        ClearancePlan plan = lookup.planEntity(planId);
        List<Checkpoint> columns = lookup.checkpoints(planId);
        List<ExportColumn<GridRow>> sheetColumns = new ArrayList<>(List.of(
                ExportColumn.<GridRow>of("学号", 14, r -> r.student().studentNo()),
                ExportColumn.<GridRow>of("姓名", 10, r -> r.student().fullName()),
                ExportColumn.<GridRow>of("性别", 6, r -> r.student().gender()),
                ExportColumn.<GridRow>of("身份证号", 22, r -> unmaskedIdNumbers ? r.student().idNumber()
                        : masking.idNumber(r.student().idNumber())),
                ExportColumn.<GridRow>of("考生号", 16, r -> r.student().candidateNo()),
                ExportColumn.<GridRow>of("院系", 20, r -> r.student().department()),
                ExportColumn.<GridRow>of("专业", 20, r -> r.student().major()),
                ExportColumn.<GridRow>of("班级", 16, r -> r.student().className()),
                ExportColumn.<GridRow>of("学生类别", 12, r -> r.student().category()),
                ExportColumn.<GridRow>of("培养层次", 10, r -> r.student().level()),
                ExportColumn.<GridRow>of("是否户口迁移", 12, r -> r.student().householdMigration() ? "是" : "否"),
                ExportColumn.<GridRow>of("住宿信息", 26, r -> r.student().dormitory())));
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            sheetColumns.add(ExportColumn.of(columns.get(i).name(), 12, r -> stateLabel(r.cells().get(index))));
        }
        sheetColumns.add(ExportColumn.of("离校状态", 12, r -> messages.get(r.student().stage().messageKey())));
        auditLog.record(actor, "CLEARANCE_GRID_EXPORTED", "clearance-plan", planId,
                "filter=" + filter + " unmasked=" + unmaskedIdNumbers);
        try (Stream<GridRow> rows = exports.rows(planId, filter, columns)) {
            SpreadsheetWriter.write(out, plan.getName(), sheetColumns, rows);
        }
    }

    public String gridExportFileName(long planId) {
        return messages.get("checkpoints.export.fileName", lookup.planEntity(planId).getName());
    }

    public List<StudentProgress> progressByIdNumber(String idNumber) {
        List<StudentProgress> result = new ArrayList<>();
        for (ClearanceQueries.OwnRow own : queries.launchedByIdNumber(ChineseIdNumber.normalize(idNumber))) {
            Map<String, CheckpointCell> cells = queries.cells(own.student().id());
            List<StudentProgress.Step> steps = new ArrayList<>();
            for (Checkpoint checkpoint : catalog.of(own.processDefinitionId())) {
                CheckpointCell cell = cells.get(checkpoint.id());
                if (cell != null && cell.state().applies()) {
                    steps.add(new StudentProgress.Step(checkpoint.id(), checkpoint.name(), cell.state(), cell.remark(),
                            cell.decidedAt()));
                }
            }
            StudentInfo s = own.student();
            result.add(new StudentProgress(own.planId(), own.planName(), s.studentNo(), s.fullName(), s.department(),
                    s.major(), s.stage(), steps, own.launchedAt(), own.completedAt()));
        }
        return result;
    }

    private String stateLabel(CheckpointCell cell) {
        if (cell == null || cell.state() == null) {
            return "";
        }
        String label = messages.get(cell.state().messageKey());
        return cell.state() == CheckpointState.FAILED && cell.remark() != null ? label + "：" + cell.remark() : label;
    }

    private static CheckpointCounters counters(Checkpoint checkpoint, Map<CheckpointState, Long> counts) {
        Map<CheckpointState, Long> c = counts == null ? new EnumMap<>(CheckpointState.class) : counts;
        long passed = c.getOrDefault(CheckpointState.PASSED, 0L);
        long failed = c.getOrDefault(CheckpointState.FAILED, 0L);
        long open = c.getOrDefault(CheckpointState.OPEN, 0L);
        long waiting = c.getOrDefault(CheckpointState.WAITING, 0L);
        return new CheckpointCounters(checkpoint, passed + failed + open + waiting, passed, failed, open, waiting);
    }
}
