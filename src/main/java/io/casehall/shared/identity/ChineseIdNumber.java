package io.casehall.shared.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an 18-digit resident identity number as GB 11643 defines it: region code, birth date and the
 * ISO 7064 MOD 11-2 check character.
 */
public final class ChineseIdNumber {

    /** Why a number was refused; each maps to a message key {@code id.invalid.<name>}. */
    public enum Problem { FORMAT, REGION, BIRTH_DATE, CHECKSUM }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of the national administrative division list (GB/T 2260). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private ChineseIdNumber() {
    }

    /** Upper-cases a trailing x and strips blanks, so users can type it either way. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase();
    }

    /** Empty when the number is valid; otherwise the first problem found. */
    public static Optional<Problem> check(String raw) {
        String id = normalize(raw);
        if (!id.matches("\\d{17}[\\dX]")) {
            return Optional.of(Problem.FORMAT);
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of(Problem.REGION);
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkChar(id) != id.charAt(17)) {
            return Optional.of(Problem.CHECKSUM);
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return check(raw).isEmpty();
    }

    /** The birth date encoded in a well-formed number, if it is a real date not in the future. */
    public static Optional<LocalDate> birthDate(String raw) {
        String id = normalize(raw);
        if (id.length() != 18) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 'M' or 'F' from the sequence digit (odd is male). */
    public static char gender(String raw) {
        return (normalize(raw).charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
    }

    /** The 17 leading digits followed by their GB 11643 check character. */
    public static String withCheckChar(String first17) {
        return first17 + checkChar(first17);
    }

    static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }
}
