package io.casehall.staff.engine;

import java.util.regex.Pattern;

/**
 * The only expressions a task query or a saved filter may carry: the functions Tasklist's filter dialog offers
 * ({@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}} and {@code ${dateTime()}} moved by
 * whole units). Anything else would be evaluated by the engine with the caller's text — a bean call or
 * {@code "".getClass().forName(...)} — so it is refused wherever it appears.
 */
public final class QueryExpressions {

    private static final Pattern EXPRESSION_START = Pattern.compile("[$#]\\{");

    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\s*(?:"
            + "currentUser\\(\\s*\\)"
            + "|currentUserGroups\\(\\s*\\)"
            + "|now\\(\\s*\\)"
            + "|dateTime\\(\\s*\\)"
            + "(?:\\s*\\.\\s*(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\s*\\d{1,6}\\s*\\))*"
            + "(?:\\s*\\.\\s*withTimeAtStartOfDay\\(\\s*\\))?"
            + "(?:\\s*\\.\\s*toDate\\(\\s*\\))?"
            + ")\\s*}");

    public static final String REFUSAL = "Expressions in task queries and filters are limited to ${currentUser()}, "
            + "${currentUserGroups()}, ${now()} and ${dateTime()} (optionally .plusDays(n) etc.). "
            + "查询和过滤器中只允许使用 currentUser()、currentUserGroups()、now()、dateTime() 这几个标准函数。";

    private QueryExpressions() {
    }

    /** True if the text would be read by the engine as an expression (or contains one). */
    public static boolean containsExpression(String text) {
        return text != null && EXPRESSION_START.matcher(text).find();
    }

    /** True if the whole text is one of the standard filter functions. */
    public static boolean isAllowed(String expression) {
        return expression != null && ALLOWED.matcher(expression.strip()).matches();
    }

    /** True if the text carries an expression that is not one of the standard functions. */
    public static boolean isForbidden(String text) {
        return containsExpression(text) && !isAllowed(text);
    }
}
