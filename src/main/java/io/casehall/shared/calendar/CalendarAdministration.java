package io.casehall.shared.calendar;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentContent;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportBatch;
import io.casehall.shared.spreadsheet.ImportResult;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SpreadsheetImports;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with the calendar: read a year's special days, set or remove one, import a year's
 * schedule from Excel. Every change is audited (CALENDAR_DAY_SET, CALENDAR_DAY_REMOVED).
 */
@Service
class CalendarAdministration {

    static final String DAY_SET = "CALENDAR_DAY_SET";
    static final String DAY_REMOVED = "CALENDAR_DAY_REMOVED";
    static final String AUDIT_OBJECT = "calendar-day";

    private final CalendarDayRepository days;
    private final SpreadsheetImports imports;
    private final AuditLog auditLog;
    private final Clock clock;

    CalendarAdministration(CalendarDayRepository days, SpreadsheetImports imports, AuditLog auditLog, Clock clock) {
        this.days = days;
        this.imports = imports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    List<CalendarDay> daysOf(int year) {
        return days.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    Optional<CalendarDay> find(LocalDate day) {
        return days.findById(day);
    }

    /** The years to offer: every year with special days, and last, this and next year. */
    @Transactional(readOnly = true)
    List<Integer> selectableYears() {
        int current = today().getYear();
        int first = days.findFirstByOrderByDayAsc().map(day -> day.getDay().getYear()).orElse(current);
        int last = days.findFirstByOrderByDayDesc().map(day -> day.getDay().getYear()).orElse(current);
        return IntStream.rangeClosed(Math.min(first, current - 1), Math.max(last, current + 1)).boxed().toList();
    }

    /**
     * Whether to warn that next year's schedule is missing: from November on (the State Council publishes it
     * around then) while next year has no special days.
     */
    @Transactional(readOnly = true)
    boolean nextYearMissing() {
        LocalDate today = today();
        return needsNextYearWarning(today, days.existsByDayBetween(LocalDate.of(today.getYear() + 1, 1, 1),
                LocalDate.of(today.getYear() + 1, 12, 31)));
    }

    static boolean needsNextYearWarning(LocalDate today, boolean nextYearHasDays) {
        return today.getMonthValue() >= Month.NOVEMBER.getValue() && !nextYearHasDays;
    }

    /**
     * Makes {@code day} a holiday or an adjusted working day with this name, replacing what it was. Returns
     * IMPORTED for a new special day, UPDATED for a changed one, UNCHANGED when it already said so.
     */
    @Transactional
    RowOutcome set(LocalDate day, DayKind kind, String name, Actor actor) {
        return apply(day, kind, name, actor, "form");
    }

    /** Makes {@code day} an ordinary day again; false when it was not a special day. */
    @Transactional
    boolean remove(LocalDate day, Actor actor) {
        Optional<CalendarDay> existing = days.findById(day);
        existing.ifPresent(special -> {
            days.delete(special);
            auditLog.record(actor, DAY_REMOVED, AUDIT_OBJECT, day, describe(special.getKind(), special.getName()));
        });
        return existing.isPresent();
    }

    /**
     * Imports a schedule workbook: new days are added, listed days changed, days not in the file are kept
     * (remove them on the page). A file refused as a whole throws a {@code UserFacingException}.
     */
    @Transactional
    ImportResult importFile(String fileName, byte[] xlsx, Actor actor) {
        String source = "import " + fileName;
        return imports.run(CalendarImport.definition(), null, fileName, xlsx, new ImportSink<>() {
            @Override
            public RowOutcome apply(CalendarImport.Row row, RowErrors errors) {
                return CalendarAdministration.this.apply(row.day(), row.kind(), row.name(), actor, source);
            }
        }, actor);
    }

    byte[] importTemplate() {
        return imports.template(CalendarImport.definition());
    }

    String importTemplateFileName() {
        return imports.templateFileName(CalendarImport.definition());
    }

    ImportBatch importBatch(long batchId) {
        return imports.find(CalendarImport.KIND, batchId).orElseThrow(io.casehall.shared.web.NotFoundException::new);
    }

    List<ImportBatch> recentImports(int limit) {
        return imports.recent(CalendarImport.KIND, limit);
    }

    /** An import's report (read through the document store, which audits it). */
    DocumentContent importReport(long batchId, Actor actor) {
        return imports.readReport(CalendarImport.KIND, batchId, actor);
    }

    private RowOutcome apply(LocalDate day, DayKind kind, String name, Actor actor, String source) {
        if (DayRules.pointlessWorkday(day, kind)) {
            throw new UserFacingException("calendar.error.workdayOnWeekday", day.toString());
        }
        Optional<CalendarDay> existing = days.findById(day);
        if (existing.isPresent() && existing.get().says(kind, name)) {
            return RowOutcome.UNCHANGED;
        }
        String detail = describe(kind, name) + existing.map(old -> " previous=" + describe(old.getKind(), old.getName()))
                .orElse("") + " via=" + source;
        if (existing.isPresent()) {
            existing.get().change(kind, name, actor.actorId(), clock.instant());
        } else {
            days.save(new CalendarDay(day, kind, name, actor.actorId(), clock.instant()));
        }
        auditLog.record(actor, DAY_SET, AUDIT_OBJECT, day, detail);
        return existing.isPresent() ? RowOutcome.UPDATED : RowOutcome.IMPORTED;
    }

    private static String describe(DayKind kind, String name) {
        return "kind=" + kind + " name=" + name;
    }
}
