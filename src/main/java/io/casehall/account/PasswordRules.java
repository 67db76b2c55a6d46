package io.casehall.account;

import java.util.Optional;

/**
 * The applicant password rule from the seeds: 8–20 characters, letters and digits both present; only
 * letters, digits and common (printable ASCII) symbols, so a password typed on any keyboard can be
 * typed again. Answers with a message key so that forms show the reason in the user's language.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 20;

    private PasswordRules() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("password.length");
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of("password.chars");
            }
            letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            digit |= c >= '0' && c <= '9';
        }
        if (!letter || !digit) {
            return Optional.of("password.letterAndDigit");
        }
        return Optional.empty();
    }

    static boolean isAcceptable(String password) {
        return problem(password).isEmpty();
    }
}
