package io.casehall.shared.cases;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A procedure as 我的办件 names it.
 *
 * @param key   stable key in the filter URL ({@code /cases?procedure=key}): lower-case letters, digits, hyphens
 * @param name  the tab's name, e.g. 档案利用
 * @param start where an applicant starts this procedure (shown when they have no case), or null when they cannot
 *              start it themselves (clearance is started by the university)
 */
public record CaseProcedure(String key, String name, CaseLink start) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,32}");

    public CaseProcedure {
        Objects.requireNonNull(name, "name");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("procedure key must match " + KEY + ": " + key);
        }
    }
}
