package io.casehall.staff;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * The audit page's filters as submitted in the URL (so a search can be bookmarked), checked: blanks mean
 * "any", dates are yyyy-MM-dd days in the institution's time zone, both ends included. A filter that does
 * not check out carries the message key (and argument) to show instead of results.
 */
final class AuditFilter {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Longer than any stored value (see the audit_event columns): such a filter matches nothing anyway. */
    private static final int MAX_LENGTH = 200;

    private final String action;
    private final String objectType;
    private final String objectId;
    private final String actor;
    private final String from;
    private final String to;
    private final LocalDate fromDate;
    private final LocalDate toDate;
    private final String errorKey;
    private final String errorArg;

    private AuditFilter(String action, String objectType, String objectId, String actor, String from, String to) {
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.actor = actor;
        this.from = from;
        this.to = to;
        LocalDate parsedFrom = parse(from);
        LocalDate parsedTo = parse(to);
        String key = null;
        String arg = null;
        if (from != null && parsedFrom == null) {
            key = "staff.audit.error.from";
            arg = from;
        } else if (to != null && parsedTo == null) {
            key = "staff.audit.error.to";
            arg = to;
        } else if (parsedFrom != null && parsedTo != null && parsedFrom.isAfter(parsedTo)) {
            key = "staff.audit.error.range";
        }
        this.fromDate = parsedFrom;
        this.toDate = parsedTo;
        this.errorKey = key;
        this.errorArg = arg;
    }

    /** The filters from request parameters (first value of each); unknown parameters are ignored. */
    static AuditFilter of(Map<String, String> params) {
        String actor = clean(params.get("actor"));
        // The page shows applicants as "#12": accept the id written that way too.
        if (actor != null && actor.startsWith("#")) {
            actor = clean(actor.substring(1));
        }
        return new AuditFilter(clean(params.get("action")), clean(params.get("objectType")),
                clean(params.get("objectId")), actor, clean(params.get("from")), clean(params.get("to")));
    }

    boolean valid() {
        return errorKey == null;
    }

    String errorKey() {
        return errorKey;
    }

    String errorArg() {
        return errorArg;
    }

    boolean isEmpty() {
        return params().isEmpty();
    }

    /** Start of the first day, or null for no lower bound. */
    Instant fromInstant(ZoneId zone) {
        return fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant();
    }

    /** Start of the day after the last day, or null for no upper bound. */
    Instant toExclusive(ZoneId zone) {
        return toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The filters as a URL query (without "?"), plus {@code page} when above 0; "" when nothing is set. */
    String query(int page) {
        StringJoiner query = new StringJoiner("&");
        params().forEach((name, value) -> query.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8)));
        if (page > 0) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** What was exported, for the audit log: e.g. {@code objectType=document objectId=42 from=2026-01-01}. */
    String summary() {
        StringJoiner summary = new StringJoiner(" ");
        params().forEach((name, value) -> summary.add(name + "=" + value));
        return summary.length() == 0 ? "all" : summary.toString();
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "action", action);
        put(params, "objectType", objectType);
        put(params, "objectId", objectId);
        put(params, "actor", actor);
        put(params, "from", from);
        put(params, "to", to);
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getActor() {
        return actor;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    /** A valid yyyy-MM-dd date, or null. */
    private static LocalDate parse(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
