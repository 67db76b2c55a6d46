package io.casehall.qualification.portal;

import java.util.Locale;

/** The proofs a sensitive change needs, as the sensitive-fields table names them ({@code proof} output). */
public enum ProofRule {
    /** No proof. */
    NONE,
    /** Proof 1 or proof 2, at least one of them. */
    EITHER,
    /** Both proofs. */
    BOTH;

    /** The rule a table output names; an unknown or empty name asks for the strictest reading that is still usable. */
    static ProofRule parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return EITHER;
        }
        return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "both" -> BOTH;
            default -> EITHER;
        };
    }

    /** Whether the proofs given satisfy the rule. */
    boolean satisfiedBy(boolean proof1, boolean proof2) {
        return switch (this) {
            case NONE -> true;
            case EITHER -> proof1 || proof2;
            case BOTH -> proof1 && proof2;
        };
    }

    /** The stricter of two rules (several fields changed at once). */
    ProofRule and(ProofRule other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
