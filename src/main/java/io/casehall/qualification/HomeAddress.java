package io.casehall.qualification;

/**
 * A home address in the parts the form checks (county-level division, street or road, house number or village
 * group) and its full text as people read and post it. Imported addresses may have the full text only.
 */
public record HomeAddress(String divisionCode, String street, String houseNo, String fullText) {

    private static final String SEPARATOR = "\u001f";

    /** Whether the parts are all present (the full text alone does not prove a house number). */
    public boolean complete() {
        return present(divisionCode) && present(street) && present(houseNo);
    }

    /** Whether none of the parts is known (an imported address with its full text only). */
    public boolean textOnly() {
        return divisionCode == null && street == null && houseNo == null;
    }

    /** The parts as one stored value of a change item: division, street and house number. */
    public String encode() {
        return nonNull(divisionCode) + SEPARATOR + nonNull(street) + SEPARATOR + nonNull(houseNo);
    }

    /** The parts of an encoded value with the given full text. */
    public static HomeAddress decode(String value, String fullText) {
        String[] parts = (value == null ? "" : value).split(SEPARATOR, -1);
        return new HomeAddress(part(parts, 0), part(parts, 1), part(parts, 2), fullText);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isEmpty() ? parts[index] : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
