package io.casehall.shared.reference;

/**
 * One administrative division of GB/T 2260: a six-digit code, the name, and the code of the division above it
 * (null for a province). {@code leaf} divisions have nothing below them: counties, districts, county-level
 * cities, and the few prefecture-level cities without counties (东莞市, 中山市, 儋州市).
 */
public record Division(String code, String name, String parentCode, boolean leaf) {

    public boolean isProvince() {
        return parentCode == null;
    }
}
