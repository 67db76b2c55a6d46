package io.casehall.deposit.web;

import io.casehall.deposit.DepositForm;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;

/**
 * The rows of the form: which indexed parameters may bind (a crafted {@code domesticHistory[9999].from} would fail
 * inside data binding, before any controller code), and the 增加一行 / 删除 buttons that work without script: they
 * post the form, which comes back with one row more or less and nothing else changed.
 */
final class DepositRows {

    /** The name of the row buttons; their value is {@code add:<list>} or {@code remove:<list>:<index>}. */
    static final String ACTION = "rowAction";
    static final String HISTORY = "domesticHistory";
    static final String STUDY = "overseasStudy";
    static final String UPLOADS = "uploads";
    static final int MAX_HISTORY = 20;
    static final int MAX_STUDY = 10;
    static final int MAX_UPLOADS = 12;

    private static final Map<String, Integer> SIZES = Map.of(HISTORY, MAX_HISTORY, STUDY, MAX_STUDY, UPLOADS, MAX_UPLOADS);
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            HISTORY, Set.of("from", "to", "organisation", "role"),
            STUDY, Set.of("from", "to", "institution", "degree", "certificationNo"),
            UPLOADS, Set.of("kind", "documentId"));
    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]\\.([A-Za-z]+)");
    private static final Pattern REMOVE = Pattern.compile("remove:(" + HISTORY + "|" + STUDY + "):(\\d{1,3})");
    private static final String REFUSED = DepositRows.class.getName() + ".REFUSED";

    /** What the page shows and the server decides, never bound from the request. */
    private static final String[] NEVER_BOUND = {"service", "fullName", "gender", "maskedIdNumber", "uploads*.fileName"};

    private DepositRows() {
    }

    /** Called from the form controllers' {@code @InitBinder}: only known rows and properties bind. */
    static void limit(WebDataBinder binder, HttpServletRequest request) {
        binder.setAutoGrowCollectionLimit(MAX_HISTORY);
        List<String> disallowed = new ArrayList<>(List.of(NEVER_BOUND));
        for (String name : request.getParameterMap().keySet()) {
            String unmarked = name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name;
            if (unmarked.indexOf('[') >= 0 && !isRow(unmarked)) {
                disallowed.add(name);
                disallowed.add(unmarked);
                request.setAttribute(REFUSED, Boolean.TRUE);
            }
        }
        binder.setDisallowedFields(disallowed.toArray(String[]::new));
    }

    /** Whether {@link #limit} left parameters of this request unbound. */
    static boolean refused(HttpServletRequest request) {
        return request.getAttribute(REFUSED) != null;
    }

    private static boolean isRow(String name) {
        Matcher row = ROW.matcher(name);
        return row.matches() && SIZES.containsKey(row.group(1))
                && Integer.parseInt(row.group(2)) < SIZES.get(row.group(1))
                && PROPERTIES.get(row.group(1)).contains(row.group(3));
    }

    /** Applies a row button; false when the value is none of them (the form is then submitted as usual). */
    static boolean apply(DepositForm form, String action) {
        if (action == null) {
            return false;
        }
        if (action.equals("add:" + HISTORY)) {
            if (form.getDomesticHistory().size() < MAX_HISTORY) {
                form.getDomesticHistory().add(new DepositForm.HistoryLine());
            }
            return true;
        }
        if (action.equals("add:" + STUDY)) {
            if (form.getOverseasStudy().size() < MAX_STUDY) {
                form.getOverseasStudy().add(new DepositForm.StudyLine());
            }
            return true;
        }
        Matcher remove = REMOVE.matcher(action);
        if (!remove.matches()) {
            return false;
        }
        List<?> rows = HISTORY.equals(remove.group(1)) ? form.getDomesticHistory() : form.getOverseasStudy();
        int index = Integer.parseInt(remove.group(2));
        if (index < rows.size()) {
            rows.remove(index);
        }
        ensureRows(form);
        return true;
    }

    /** Rows the page shows: at least one of each list (the history needs one; an empty study row is ignored). */
    static void ensureRows(DepositForm form) {
        // A gap in the posted indices binds as null: a blank row keeps the indices the field messages name.
        form.getDomesticHistory().replaceAll(row -> row == null ? new DepositForm.HistoryLine() : row);
        form.getOverseasStudy().replaceAll(row -> row == null ? new DepositForm.StudyLine() : row);
        if (form.getService() == null || !form.getService().isDeposit()) {
            return;
        }
        if (form.getDomesticHistory().isEmpty()) {
            form.getDomesticHistory().add(new DepositForm.HistoryLine());
        }
        if (form.getOverseasStudy().isEmpty()) {
            form.getOverseasStudy().add(new DepositForm.StudyLine());
        }
    }
}
