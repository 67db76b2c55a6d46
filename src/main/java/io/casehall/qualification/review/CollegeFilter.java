package io.casehall.qualification.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The college console's list filters, as typed: check status, a name or student number, and a major. Values are
 * trimmed and bounded; an unknown status is ignored (the whole list), never an error.
 *
 * @param status a check status name (see {@link CollegeQueries#STATUSES}) or null
 * @param query part of a name, or the beginning of a student number
 * @param major a major of the college, exactly
 */
public record CollegeFilter(String status, String query, String major) {

    static final int MAX_QUERY = 64;
    static final int MAX_MAJOR = 100;
    private static final Pattern STUDENT_NO_LIKE = Pattern.compile("[0-9]{1,10}");

    public CollegeFilter {
        status = status == null || !CollegeQueries.STATUSES.contains(status.strip().toUpperCase(Locale.ROOT)) ? null
                : status.strip().toUpperCase(Locale.ROOT);
        query = bounded(query, MAX_QUERY);
        major = bounded(major, MAX_MAJOR);
    }

    public static CollegeFilter none() {
        return new CollegeFilter(null, null, null);
    }

    public static CollegeFilter of(Map<String, String> params) {
        return new CollegeFilter(params.get("status"), params.get("q"), params.get("major"));
    }

    /** True when the query is (the beginning of) a student number rather than a name. */
    boolean queryIsStudentNo() {
        return query != null && STUDENT_NO_LIKE.matcher(query).matches();
    }

    /** The page's address with this filter (and a page number when not the first). */
    public String url(String base, String college, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("college", college);
        params.put("status", status);
        params.put("q", query);
        params.put("major", major);
        if (page > 0) {
            params.put("page", Integer.toString(page));
        }
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
        params.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().build().toUriString();
    }

    private static String bounded(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
