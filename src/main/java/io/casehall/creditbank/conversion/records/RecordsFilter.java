package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.conversion.ConversionItemStatus;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Filter;
import io.casehall.creditbank.conversion.records.ConversionRecordQueries.Tab;
import io.casehall.creditbank.web.ListPages;
import java.util.LinkedHashMap;
import java.util.Map;

/** 转换记录's tab and filters as typed (kept in the page, the pager, the tabs and the export). */
public record RecordsFilter(String tab, String year, String ruleCode, String learnerName, String idNumber,
                            String status) {

    public Tab tabValue() {
        return Tab.of(tab);
    }

    public Filter filter() {
        return new Filter(ListPages.year(year), ruleCode, learnerName, idNumber,
                ListPages.enumOrNull(ConversionItemStatus.class, status));
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
        return ListPages.url(path, params());
    }
}
