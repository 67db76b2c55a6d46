package io.casehall.shared.security;

import java.util.Optional;

/**
 * The one password rule of CaseHall, for applicants and staff alike (from the seeds): 8–20 characters, letters
 * and digits both present, only letters, digits and common printable ASCII symbols, so a password typed on any
 * keyboard can be typed again.
 */
public final class PasswordStrength {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 20;

    public enum Problem { REQUIRED, LENGTH, CHARACTERS, LETTER_AND_DIGIT }

    private PasswordStrength() {
    }

    /** The first rule the password breaks, or empty when it is acceptable. */
    public static Optional<Problem> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.REQUIRED);
        }
        if (!hasAllowedLength(password)) {
            return Optional.of(Problem.LENGTH);
        }
        if (!hasOnlyCommonCharacters(password)) {
            return Optional.of(Problem.CHARACTERS);
        }
        if (!hasLetterAndDigit(password)) {
            return Optional.of(Problem.LETTER_AND_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean hasAllowedLength(String password) {
        int length = password.codePointCount(0, password.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }

    public static boolean hasOnlyCommonCharacters(String password) {
        return password.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    public static boolean hasLetterAndDigit(String password) {
        return password.chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                && password.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
