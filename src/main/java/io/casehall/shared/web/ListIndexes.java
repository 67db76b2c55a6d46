package io.casehall.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;

/**
 * Forms with rows (items[0].copies, lines[3].textEn) bind only the rows a page can show. Without a limit a
 * crafted {@code items[999].selected}, {@code items[-1].copies} or {@code items[x].type} fails inside data
 * binding, before any controller code runs, and the user gets an error page. Called from an
 * {@code @InitBinder} method: every indexed parameter that is not {@code list[i].property} with
 * {@code 0 <= i < size} and a known property is left unbound, and the request remembers it so the controller
 * can show the form again with a message ({@link #refused}).
 */
public final class ListIndexes {

    private static final String REFUSED = ListIndexes.class.getName() + ".REFUSED";
    private static final Pattern ROW = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[(\\d{1,6})]\\.([A-Za-z][A-Za-z0-9]*)");

    private ListIndexes() {
    }

    public static void limit(WebDataBinder binder, HttpServletRequest request, String list, int size,
                             Set<String> properties) {
        // Lists grow only as far as the rows a page shows.
        binder.setAutoGrowCollectionLimit(Math.max(1, size));
        List<String> refused = new ArrayList<>();
        for (String name : request.getParameterMap().keySet()) {
            if (name.indexOf('[') >= 0 && !isRow(name, list, size, properties)) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            List<String> disallowed = new ArrayList<>(Arrays.asList(binder.getDisallowedFields() == null
                    ? new String[0] : binder.getDisallowedFields()));
            for (String name : refused) {
                disallowed.add(name);
                disallowed.add(unmarked(name));
            }
            binder.setDisallowedFields(disallowed.toArray(String[]::new));
            request.setAttribute(REFUSED, List.copyOf(refused));
        }
    }

    /** Whether {@link #limit} left parameters of this request unbound. */
    public static boolean refused(HttpServletRequest request) {
        return request.getAttribute(REFUSED) != null;
    }

    private static boolean isRow(String name, String list, int size, Set<String> properties) {
        Matcher row = ROW.matcher(unmarked(name));
        return row.matches() && row.group(1).equals(list) && Integer.parseInt(row.group(2)) < size
                && properties.contains(row.group(3));
    }

    /** A checkbox's "_" marker or a "!" default names the same field. */
    private static String unmarked(String name) {
        return name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name;
    }
}
