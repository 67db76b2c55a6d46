package io.casehall.shared.seal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification numbers: 16 random characters of Crockford's base 32 (80 bits) in groups of four,
 * e.g. {@code 7KQ2-M9XD-4RTA-ZP3C}. Random rather than sequential so that nobody can walk the
 * registry by trying the next number; the alphabet has no I, L, O or U, and reading it back forgives
 * case, spaces, missing dashes and the look-alikes O→0, I/L→1.
 */
final class VerificationNumbers {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationNumbers() {
    }

    static String next() {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** The canonical form of what a person typed, or empty if it cannot be a verification number. */
    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u3000' || c == '－') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            plain.append(mapped);
        }
        if (plain.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 12; i > 0; i -= 4) {
            plain.insert(i, '-');
        }
        return Optional.of(plain.toString());
    }
}
