package io.casehall.staff;

import io.casehall.shared.audit.AuditEvent;
import io.casehall.shared.audit.AuditEventRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.document.DocumentDownloads;
import io.casehall.shared.document.FileKind;
import io.casehall.shared.spreadsheet.ExportColumn;
import io.casehall.shared.spreadsheet.SpreadsheetWriter;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: filter by action, object, actor and days (in the institution's time
 * zone), newest first, 50 a page, and export of the filtered result to Excel (itself audited). All filters
 * are GET parameters, so a search can be bookmarked.
 */
@Controller
@RequestMapping("/staff/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    /** An export larger than this is refused: narrow the filter (and keep the file workable in Excel). */
    static final int MAX_EXPORT_ROWS = 100_000;
    private static final int EXPORT_BATCH = 500;
    /** Far beyond any real result; keeps the row offset of a hand-made URL within what the database takes. */
    private static final int MAX_PAGE = 1_000_000;

    /** Actions with a label (staff.audit.action.* in i18n/audit); others are shown as their code. */
    static final List<String> KNOWN_ACTIONS = labelledCodes("staff.audit.action.");
    /** Object types with a label (staff.audit.object.* in i18n/audit); others are shown as recorded. */
    static final List<String> KNOWN_OBJECT_TYPES = labelledCodes("staff.audit.object.");

    private static final List<String> ACTOR_KINDS = List.of("APPLICANT", "STAFF", "INSTITUTION", "SYSTEM");

    private static final String BASE = "/staff/admin/audit";

    private final AuditEventRepository events;
    private final AuditLog auditLog;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter timeFormat;

    AuditLogController(AuditEventRepository events, AuditLog auditLog, Messages messages, Clock clock) {
        this.events = events;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model) {
        AuditFilter filter = AuditFilter.of(params);
        fill(model, filter, pageNumber(params.get("page")));
        return "staff/audit";
    }

    /**
     * The filtered result as an .xlsx, streamed (constant memory, read in keyset batches). A filter that does
     * not check out, or a result above {@link #MAX_EXPORT_ROWS}, shows the page with the message instead.
     */
    @GetMapping("/export")
    String export(@RequestParam Map<String, String> params, Model model, HttpServletResponse response)
            throws IOException {
        AuditFilter filter = AuditFilter.of(params);
        if (!filter.valid()) {
            fill(model, filter, 0);
            return "staff/audit";
        }
        long total = events.countMatching(filter.getAction(), filter.getObjectType(), filter.getObjectId(),
                filter.getActor(), filter.fromInstant(zone), filter.toExclusive(zone));
        if (total > MAX_EXPORT_ROWS) {
            model.addAttribute("errorMessage", messages.get("staff.audit.export.tooMany",
                    String.valueOf(total), String.valueOf(MAX_EXPORT_ROWS)));
            fill(model, filter, 0);
            return "staff/audit";
        }
        try (SpreadsheetWriter writer = new SpreadsheetWriter(zone)) {
            // The rows are read while the sheet is built: a database failure still gets the error page.
            Batches rows = new Batches(filter);
            writer.sheet(messages.get("staff.audit.export.sheet"), exportColumns(), () -> rows);
            auditLog.record("AUDIT_EXPORTED", "audit", null, filter.summary() + " rows=" + rows.delivered);
            String fileName = messages.get("staff.audit.export.fileName",
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(zone).format(clock.instant()));
            DocumentDownloads.prepareStreamedAttachment(response, fileName, FileKind.XLSX.mediaType());
            writer.writeTo(response.getOutputStream());
        }
        return null;
    }

    private void fill(Model model, AuditFilter filter, int page) {
        model.addAttribute("filter", filter);
        model.addAttribute("actions", actionOptions(filter.getAction()));
        model.addAttribute("objectTypes", KNOWN_OBJECT_TYPES.stream()
                .map(type -> new Option(type, messages.get("staff.audit.object." + type))).toList());
        if (!filter.valid()) {
            if (!model.containsAttribute("errorMessage")) {
                model.addAttribute("errorMessage", messages.get(filter.errorKey(), filter.errorArg()));
            }
            return;
        }
        Page<AuditEvent> result = events.search(filter.getAction(), filter.getObjectType(), filter.getObjectId(),
                filter.getActor(), filter.fromInstant(zone), filter.toExclusive(zone), PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.getContent().stream().map(this::row).toList());
        model.addAttribute("previousUrl", result.hasPrevious() ? url(BASE, filter.query(page - 1)) : null);
        model.addAttribute("nextUrl", result.hasNext() ? url(BASE, filter.query(page + 1)) : null);
        model.addAttribute("exportUrl", url(BASE + "/export", filter.query(0)));
    }

    private List<Option> actionOptions(String selected) {
        List<Option> options = new ArrayList<>(KNOWN_ACTIONS.stream()
                .map(code -> new Option(code, messages.get("staff.audit.action." + code))).toList());
        if (selected != null && !KNOWN_ACTIONS.contains(selected)) {
            options.add(new Option(selected, selected));
        }
        return options;
    }

    private AuditRow row(AuditEvent event) {
        String code = event.getAction();
        return new AuditRow(timeFormat.format(event.getOccurredAt()), actorLabel(event), code,
                KNOWN_ACTIONS.contains(code) ? messages.get("staff.audit.action." + code) : null,
                objectLabel(event), event.getDetail());
    }

    /** The codes the audit bundle labels under this prefix, in code order (so each procedure's codes stay together). */
    private static List<String> labelledCodes(String prefix) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/audit", Locale.ROOT);
        return bundle.keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).sorted().toList();
    }

    private String actorLabel(AuditEvent event) {
        return switch (event.getActorKind()) {
            case "APPLICANT", "STAFF", "INSTITUTION" -> messages.get("staff.audit.actor." + event.getActorKind(), event.getActorId());
            case "SYSTEM" -> messages.get("staff.audit.actor.SYSTEM");
            default -> event.getActorKind() + " " + event.getActorId();
        };
    }

    private String objectTypeLabel(String type) {
        return KNOWN_OBJECT_TYPES.contains(type) ? messages.get("staff.audit.object." + type) : type;
    }

    private String objectLabel(AuditEvent event) {
        String type = objectTypeLabel(event.getObjectType());
        return event.getObjectId() == null ? type : type + " " + event.getObjectId();
    }

    private List<ExportColumn<AuditEvent>> exportColumns() {
        return List.of(
                ExportColumn.of(messages.get("staff.audit.col.time"), 20, AuditEvent::getOccurredAt),
                ExportColumn.of(messages.get("staff.audit.col.actorKind"), 10,
                        e -> ACTOR_KINDS.contains(e.getActorKind())
                                ? messages.get("staff.audit.actorKind." + e.getActorKind()) : e.getActorKind()),
                ExportColumn.of(messages.get("staff.audit.col.actorId"), 16, AuditEvent::getActorId),
                ExportColumn.of(messages.get("staff.audit.col.action"), 18,
                        e -> KNOWN_ACTIONS.contains(e.getAction())
                                ? messages.get("staff.audit.action." + e.getAction()) : e.getAction()),
                ExportColumn.of(messages.get("staff.audit.col.actionCode"), 24, AuditEvent::getAction),
                ExportColumn.of(messages.get("staff.audit.col.objectType"), 16, e -> objectTypeLabel(e.getObjectType())),
                ExportColumn.of(messages.get("staff.audit.col.objectId"), 38, AuditEvent::getObjectId),
                ExportColumn.of(messages.get("staff.audit.col.detail"), 60, AuditEvent::getDetail));
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 0 : Math.min(MAX_PAGE, Math.max(0, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String url(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** One select option: the value sent and the text shown. */
    record Option(String value, String label) {
    }

    /** One line of the table, ready to show; {@code actionLabel} is null for an action without a label. */
    record AuditRow(String time, String actor, String actionCode, String actionLabel, String object, String detail) {
    }

    /**
     * The filtered events in the page's order, read {@value #EXPORT_BATCH} at a time: each batch continues
     * after the last event of the one before (keyset paging), so events recorded meanwhile neither shift nor
     * repeat rows, and no transaction stays open while the sheet is written.
     */
    private final class Batches implements Iterator<AuditEvent> {

        private final AuditFilter filter;
        private final Instant from;
        private final Instant toExclusive;
        private List<AuditEvent> batch;
        private int index;
        private boolean last;
        private int delivered;

        Batches(AuditFilter filter) {
            this.filter = filter;
            this.from = filter.fromInstant(zone);
            this.toExclusive = filter.toExclusive(zone);
        }

        @Override
        public boolean hasNext() {
            if (batch != null && index < batch.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            PageRequest next = PageRequest.of(0, EXPORT_BATCH);
            if (batch == null) {
                batch = events.search(filter.getAction(), filter.getObjectType(), filter.getObjectId(),
                        filter.getActor(), from, toExclusive, next).getContent();
            } else {
                AuditEvent after = batch.get(batch.size() - 1);
                batch = events.searchAfter(filter.getAction(), filter.getObjectType(), filter.getObjectId(),
                        filter.getActor(), from, toExclusive, after.getOccurredAt(), after.getId(), next);
            }
            index = 0;
            last = batch.size() < EXPORT_BATCH;
            return !batch.isEmpty();
        }

        @Override
        public AuditEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            delivered++;
            return batch.get(index++);
        }
    }
}
