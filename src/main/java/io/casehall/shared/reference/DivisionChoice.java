package io.casehall.shared.reference;

/**
 * What the three selects of a place amount to: the chosen county-level division, or the message key saying
 * what is missing or wrong (in {@code i18n/reference}).
 */
public record DivisionChoice(Division place, String problemKey) {

    public static final String REQUIRED = "reference.division.required";
    public static final String NOT_LEAF = "reference.division.notLeaf";
    public static final String UNKNOWN = "reference.division.unknown";

    public boolean isValid() {
        return place != null;
    }

    static DivisionChoice of(Division place) {
        return new DivisionChoice(place, null);
    }

    static DivisionChoice problem(String key) {
        return new DivisionChoice(null, key);
    }
}
