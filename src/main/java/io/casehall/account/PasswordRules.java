package io.casehall.account;

import io.casehall.shared.security.PasswordStrength;
import java.util.Optional;

/** The shared password rule ({@link PasswordStrength}) answered with message keys for the portal's forms. */
final class PasswordRules {

    static final int MIN_LENGTH = PasswordStrength.MIN_LENGTH;
    static final int MAX_LENGTH = PasswordStrength.MAX_LENGTH;

    private PasswordRules() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        return PasswordStrength.problem(password).map(problem -> switch (problem) {
            case REQUIRED -> "password.required";
            case LENGTH -> "password.length";
            case CHARACTERS -> "password.chars";
            case LETTER_AND_DIGIT -> "password.letterAndDigit";
        });
    }

    static boolean isAcceptable(String password) {
        return problem(password).isEmpty();
    }
}
