package io.casehall.creditbank.conversion.review;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of 转换申请审核 as typed: 申请年份, 规则编码, and 学员姓名 + 身份证号 (个人申请) or 转换发起者 (机构发起).
 * Blank means no filter; a year that is not a number is no filter.
 */
record ReviewFilter(String year, String ruleCode, String learnerName, String idNumber, String initiator) {

    static final ReviewFilter NONE = new ReviewFilter(null, null, null, null, null);

    ReviewFilter {
        year = clean(year);
        ruleCode = clean(ruleCode);
        learnerName = clean(learnerName);
        idNumber = clean(idNumber);
        initiator = clean(initiator);
    }

    Integer yearValue() {
        try {
            return year == null ? null : Integer.valueOf(year);
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    boolean isEmpty() {
        return yearValue() == null && ruleCode == null && learnerName == null && idNumber == null
                && initiator == null;
    }

    /** The parameters links and the pager carry. */
    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", year);
        params.put("ruleCode", ruleCode);
        params.put("learnerName", learnerName);
        params.put("idNumber", idNumber);
        params.put("initiator", initiator);
        return params;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text.length() > 100 ? text.substring(0, 100) : text;
    }
}
