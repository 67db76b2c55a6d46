package io.casehall.creditbank.registration;

import io.casehall.shared.security.PasswordStrength;
import java.util.Optional;

/** The seed's password rule for institution accounts: 8–16 characters, letters and digits both present. */
public final class CreditBankPasswords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 16;

    private CreditBankPasswords() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("creditbank.register.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("creditbank.register.password.length");
        }
        if (!PasswordStrength.hasOnlyCommonCharacters(password)) {
            return Optional.of("creditbank.register.password.chars");
        }
        if (!PasswordStrength.hasLetterAndDigit(password)) {
            return Optional.of("creditbank.register.password.letterAndDigit");
        }
        return Optional.empty();
    }

    /** A mainland mobile number: 11 digits starting with 1. */
    public static boolean isMobile(String phone) {
        return phone != null && phone.matches("1\\d{10}");
    }
}
