package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Filter;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Tab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** 转换记录's tab and filters as typed (kept in the page, the pager, the tabs and the export). */
public record RecordsFilter(String tab, String year, String ruleCode, String learnerName, String idNumber,
                            String status) {

    public Tab tabValue() {
        return Tab.of(tab);
    }

    public Filter filter() {
        return new Filter(year(year), ruleCode, learnerName, idNumber, status(status));
    }

    /** The same filters on the other tab. */
    public RecordsFilter on(Tab other) {
        return new RecordsFilter(other.param(), year, ruleCode, learnerName, idNumber, status);
    }

    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tab", tabValue().param());
        p.put("year", year);
        p.put("ruleCode", ruleCode);
        p.put("learnerName", learnerName);
        p.put("idNumber", idNumber);
        p.put("status", status);
        return p;
    }

    public String url(String path) {
        return url(path, params());
    }

    /** The path with the non-blank parameters. */
    static String url(String path, Map<String, ?> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> b.queryParam(k, item));
            } else if (v != null && !v.toString().isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ConversionItemStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ConversionItemStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
