package io.casehall.shared.cases;

import java.util.Objects;

/** A fact at the top of 我的办件, e.g. 档案状态：档案未存入, 档案编号：—. The value may be empty (shown as —). */
public record CaseFact(String label, String value) {

    public CaseFact {
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
    }
}
