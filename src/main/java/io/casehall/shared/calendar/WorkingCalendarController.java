package io.casehall.shared.calendar;

import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.security.CurrentActor;
import io.casehall.shared.spreadsheet.ImportPage;
import io.casehall.shared.spreadsheet.ImportView;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' calendar page: a year's month grids with holidays and 调休 working days marked, the
 * year's special days with change and delete, a form to set a day, and the Excel import of a schedule.
 */
@Controller
@RequestMapping(WorkingCalendarController.BASE)
@PreAuthorize("hasRole('ADMIN')")
class WorkingCalendarController {

    static final String BASE = "/staff/admin/calendar";
    private static final String VIEW = "calendar/calendar";
    private static final List<ImportView.KeyColumn> KEY_COLUMNS = List.of(
            new ImportView.KeyColumn("日期", "calendar.col.day", false),
            new ImportView.KeyColumn("类型", "calendar.col.kind", false),
            new ImportView.KeyColumn("名称", "calendar.col.name", false));
    private static final Logger log = LoggerFactory.getLogger(WorkingCalendarController.class);

    private final CalendarAdministration calendar;
    private final Messages messages;
    private final DateTimeFormatter timeFormat;
    private final Clock clock;

    WorkingCalendarController(CalendarAdministration calendar, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.clock = clock;
    }

    /** A year ({@code year}, default this year); {@code edit} puts a day into the form to change it. */
    @GetMapping
    String page(@RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "edit", required = false) String edit, Model model) {
        Optional<LocalDate> editDay = edit == null ? Optional.empty() : DayRules.parseIsoDate(edit)
                .filter(day -> DayRules.yearInRange(day.getYear()));
        DayForm form = editDay.flatMap(calendar::find).map(DayForm::of).orElseGet(DayForm::new);
        editDay.ifPresent(day -> form.setDay(day.toString()));
        model.addAttribute("dayForm", form);
        fill(model, shownYear(year, model));
        return VIEW;
    }

    @PostMapping("/days")
    String set(@ModelAttribute("dayForm") DayForm form, BindingResult binding,
               @RequestParam(name = "year", required = false) String year, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        Optional<DayForm.Valid> valid = form.validate(binding);
        if (valid.isPresent()) {
            DayForm.Valid day = valid.get();
            try {
                RowOutcome outcome = calendar.set(day.day(), day.kind(), day.name(), CurrentActor.get());
                redirect.addFlashAttribute("okMessage", messages.get(
                        outcome == RowOutcome.UNCHANGED ? "calendar.day.unchanged" : "calendar.day.saved",
                        day.day().toString(), messages.get(DayRules.weekdayKey(day.day())),
                        messages.get(day.kind().messageKey()), day.name()));
                return "redirect:" + BASE + "?year=" + day.day().getYear();
            } catch (UserFacingException e) {
                model.addAttribute("errorMessage", messages.get(e));
            } catch (DataAccessException e) {
                log.warn("Could not save a calendar day (changed by someone else at the same time?)", e);
                model.addAttribute("errorMessage", messages.get("calendar.error.conflict"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        fill(model, shownYear(year, model));
        return VIEW;
    }

    @PostMapping("/days/{day}/delete")
    String remove(@PathVariable String day, RedirectAttributes redirect) {
        LocalDate date = DayRules.parseIsoDate(day).orElseThrow(NotFoundException::new);
        boolean removed = calendar.remove(date, CurrentActor.get());
        redirect.addFlashAttribute(removed ? "okMessage" : "errorMessage",
                messages.get(removed ? "calendar.day.removed" : "calendar.day.notSpecial", date.toString()));
        return "redirect:" + BASE + "?year=" + date.getYear();
    }

    /** The page again, e.g. for the shared upload-size handler, which sends an oversize upload back here. */
    @GetMapping("/import")
    String importPage(@RequestParam(name = "year", required = false) String year, Model model) {
        fill(model, shownYear(year, model));
        return VIEW;
    }

    /** Runs the import and redirects to its result (post/redirect/get: reloading never imports again). */
    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(name = "year", required = false) String year, RedirectAttributes flash) {
        Long batch = ImportPage.handle(file, flash, messages, "calendar.result", "calendar.error.conflict",
                (name, bytes) -> calendar.importFile(name, bytes, CurrentActor.get()));
        String shownYear = year == null ? "" : "?year=" + org.springframework.web.util.UriUtils.encodeQueryParam(year,
                java.nio.charset.StandardCharsets.UTF_8);
        return batch == null ? "redirect:" + BASE + "/import" + shownYear
                : "redirect:" + BASE + "/imports/" + batch + shownYear;
    }

    @GetMapping("/imports/{batchId}")
    String importResult(@PathVariable long batchId, @RequestParam(name = "year", required = false) String year,
                        Model model) {
        ImportPage.show(model, calendar.importBatch(batchId), "calendar.result", null);
        fill(model, shownYear(year, model));
        return VIEW;
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return DocumentDownloads.attachment(calendar.importTemplate(), calendar.importTemplateFileName(),
                FileKind.XLSX.mediaType());
    }

    @GetMapping("/imports/{batchId}/report")
    ResponseEntity<byte[]> report(@PathVariable long batchId) {
        return DocumentDownloads.attachment(calendar.importReport(batchId, CurrentActor.get()));
    }

    private void fill(Model model, int year) {
        List<CalendarDay> days = calendar.daysOf(year);
        LocalDate today = calendar.today();
        TreeSet<Integer> years = new TreeSet<>(calendar.selectableYears());
        years.add(year);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("previousYear", year > DayRules.MIN_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < DayRules.MAX_YEAR ? year + 1 : null);
        model.addAttribute("grid", YearCalendar.of(year, days, today));
        model.addAttribute("days", days.stream().map(this::row).toList());
        model.addAttribute("holidays", days.stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count());
        model.addAttribute("workdays", days.stream().filter(d -> d.getKind() == DayKind.WORKDAY).count());
        model.addAttribute("missingYear", calendar.nextYearMissing() ? today.getYear() + 1 : null);
        model.addAttribute("kinds", List.of(DayKind.values()).stream()
                .map(kind -> new KindOption(kind.name(), kind.messageKey())).toList());
        ImportView.keyColumns(model, KEY_COLUMNS);
        // The page is for administrators only, and they may read every report.
        ImportView.recent(model, calendar.recentImports(10), BASE + "/imports/", CurrentActor.get(), true,
                clock.getZone());
        model.addAttribute("maxRows", String.valueOf(CalendarImport.MAX_ROWS));
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm());
        }
    }

    /** The year asked for, or this year with a message when it is not a year the calendar keeps. */
    private int shownYear(String text, Model model) {
        if (text == null || text.isBlank()) {
            return calendar.today().getYear();
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (DayRules.yearInRange(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!model.containsAttribute("errorMessage")) {
            model.addAttribute("errorMessage", messages.get("calendar.error.year", text.strip(),
                    String.valueOf(DayRules.MIN_YEAR), String.valueOf(DayRules.MAX_YEAR)));
        }
        return calendar.today().getYear();
    }

    private DayRow row(CalendarDay day) {
        return new DayRow(day.getDay().toString(), DayRules.weekdayKey(day.getDay()), day.getKind().name(),
                day.getKind().messageKey(), day.getName(), day.getUpdatedBy(), timeFormat.format(day.getUpdatedAt()));
    }

    /** One special day as listed. */
    record DayRow(String day, String weekdayKey, String kind, String kindKey, String name, String updatedBy,
                  String updatedAt) {
    }

    /** One choice of the kind select. */
    record KindOption(String value, String labelKey) {
    }
}
