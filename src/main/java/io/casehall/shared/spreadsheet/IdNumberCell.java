package io.casehall.shared.spreadsheet;

import io.casehall.shared.identity.ChineseIdNumber;
import java.util.regex.Pattern;

/** The ID-number column of an import: a resident ID must be valid, anything else must look like a passport number. */
public final class IdNumberCell {

    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    /** Digits of about a resident ID's length that are not one: a mistyped ID, not a passport number. */
    private static final Pattern LOOKS_LIKE_RESIDENT_ID = Pattern.compile("\\d{14,19}[\\dX]");

    private IdNumberCell() {
    }

    /**
     * An 18-character number of digits (last may be X) must be a valid resident ID (the reason names the
     * problem); a longer or shorter run of digits is a mistyped ID; anything else must look like a passport
     * number, else the row is refused with {@code notAPassportKey} (its argument: the value).
     */
    public static void check(String idNumber, RowErrors errors, String notAPassportKey) {
        if (idNumber.matches("\\d{17}[\\dX]")) {
            ChineseIdNumber.check(idNumber).ifPresent(problem -> errors.add("id.invalid." + problem.name()));
        } else if (LOOKS_LIKE_RESIDENT_ID.matcher(idNumber).matches()) {
            errors.add("id.invalid.FORMAT");
        } else if (!PASSPORT.matcher(idNumber).matches()) {
            errors.add(notAPassportKey, idNumber);
        }
    }
}
