package io.casehall.shared.reference;

import java.util.List;
import java.util.Optional;

/**
 * A fixed, ordered option list from a national standard. Forms store the name (what people read and what
 * imports carry) or the code; both can be checked here.
 */
public class CodeList {

    private final List<CodedName> entries;

    protected CodeList(String... codesAndNames) {
        if (codesAndNames.length % 2 != 0) {
            throw new IllegalArgumentException("codes and names come in pairs");
        }
        CodedName[] list = new CodedName[codesAndNames.length / 2];
        for (int i = 0; i < list.length; i++) {
            list[i] = new CodedName(codesAndNames[2 * i], codesAndNames[2 * i + 1]);
        }
        this.entries = List.of(list);
    }

    /** Every entry in the standard's order. */
    public List<CodedName> all() {
        return entries;
    }

    /** The names in the standard's order, for a select whose value is the name. */
    public List<String> names() {
        return entries.stream().map(CodedName::name).toList();
    }

    public Optional<CodedName> find(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<CodedName> byName(String name) {
        String trimmed = name == null ? "" : name.strip();
        return entries.stream().filter(e -> e.name().equals(trimmed)).findFirst();
    }

    public boolean isName(String name) {
        return byName(name).isPresent();
    }

    public int size() {
        return entries.size();
    }
}
