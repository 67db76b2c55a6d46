package io.casehall.clearance.web;

import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.StudentFilter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.web.util.UriUtils;

/**
 * The search fields of the clearance pages as the user typed them (trimmed and cut to a sane length), so that
 * the form shows them again after a search or an action, POST forms can carry them as hidden fields, and links
 * (paging, refresh, export) keep them. Blank fields do not filter.
 */
final class ClearanceFilter {

    /** Request parameter names, in form order. {@code scope} is the seed's 学生范围 (the student category). */
    static final List<String> FIELDS = List.of("scope", "level", "studentNo", "candidateNo", "name", "department",
            "major", "className", "gender", "state");
    private static final int MAX_LENGTH = 100;

    private final Map<String, String> values;

    private ClearanceFilter(Map<String, String> values) {
        this.values = values;
    }

    static ClearanceFilter of(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = params.get(field);
            if (value != null && !value.isBlank()) {
                String clean = value.strip();
                values.put(field, clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean);
            }
        }
        if (values.containsKey("state") && state(values.get("state")) == null) {
            values.remove("state");
        }
        return new ClearanceFilter(values);
    }

    static ClearanceFilter empty() {
        return new ClearanceFilter(new LinkedHashMap<>());
    }

    /** The filter for the clearance service. */
    StudentFilter toStudentFilter() {
        return new StudentFilter(null, get("studentNo"), get("candidateNo"), get("name"), get("department"),
                get("major"), get("className"), get("gender"), get("level"), get("scope"), state(get("state")));
    }

    String get(String field) {
        return values.get(field);
    }

    // Getters for the templates (null when blank).
    public String getScope() {
        return get("scope");
    }

    public String getLevel() {
        return get("level");
    }

    public String getStudentNo() {
        return get("studentNo");
    }

    public String getCandidateNo() {
        return get("candidateNo");
    }

    public String getName() {
        return get("name");
    }

    public String getDepartment() {
        return get("department");
    }

    public String getMajor() {
        return get("major");
    }

    public String getClassName() {
        return get("className");
    }

    public String getGender() {
        return get("gender");
    }

    public String getState() {
        return get("state");
    }

    /** The set fields as hidden inputs for POST forms, so the page after the action shows the same search. */
    public List<Hidden> getHidden() {
        List<Hidden> hidden = new ArrayList<>();
        values.forEach((name, value) -> hidden.add(new Hidden(name, value)));
        return hidden;
    }

    /** The set fields as a URL query without "?", plus {@code page} when above 0; "" when nothing is set. */
    String query(int page) {
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> query.add(name + "=" + UriUtils.encode(value, StandardCharsets.UTF_8)));
        if (page > 0) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** {@code path} with this filter's query (and page). */
    String url(String path, int page) {
        String query = query(page);
        return query.isEmpty() ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static CheckpointState state(String value) {
        if (value == null) {
            return null;
        }
        try {
            return CheckpointState.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One hidden form field. */
    record Hidden(String name, String value) {
    }
}
