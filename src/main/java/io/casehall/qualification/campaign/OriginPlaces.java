package io.casehall.qualification.campaign;

import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.Divisions;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads an origin place (生源地) as an import writes it — a GB/T 2260 code, or a name such as 北京市朝阳区,
 * 辽宁省沈阳市皇姑区, 沈阳市皇姑区 or 皇姑区 — and resolves it to one county-level division of the shared list.
 * A city or province where a county is needed, a name that fits several counties, and an unknown place are
 * refused with their own reasons.
 */
@Component
public class OriginPlaces {

    /** The outcome: a county-level code, or the message key of the refusal. */
    public record Resolution(String code, String problemKey) {

        static Resolution of(String code) {
            return new Resolution(code, null);
        }

        static Resolution problem(String key) {
            return new Resolution(null, key);
        }

        public boolean resolved() {
            return code != null;
        }
    }

    static final String NOT_COUNTY = "qualification.import.error.originNotCounty";
    static final String AMBIGUOUS = "qualification.import.error.originAmbiguous";
    static final String UNKNOWN = "qualification.import.error.originUnknown";

    private final Divisions divisions;
    private volatile Map<String, Set<String>> leavesByName;
    private volatile Set<String> higherNames;

    public OriginPlaces(Divisions divisions) {
        this.divisions = divisions;
    }

    public Resolution resolve(String text) {
        String key = normalize(text);
        if (key.matches("\\d{6}")) {
            return divisions.find(key).map(d -> d.leaf() ? Resolution.of(d.code()) : Resolution.problem(NOT_COUNTY))
                    .orElse(Resolution.problem(UNKNOWN));
        }
        index();
        Set<String> codes = leavesByName.getOrDefault(key, Set.of());
        if (codes.size() == 1) {
            return Resolution.of(codes.iterator().next());
        }
        if (codes.size() > 1) {
            return Resolution.problem(AMBIGUOUS);
        }
        return higherNames.contains(key) ? Resolution.problem(NOT_COUNTY) : Resolution.problem(UNKNOWN);
    }

    /** The full name of a code, e.g. "辽宁省 沈阳市 皇姑区" (the code is known to the list). */
    public String fullName(String code) {
        return divisions.fullName(code);
    }

    private void index() {
        if (leavesByName != null) {
            return;
        }
        Map<String, Set<String>> leaves = new HashMap<>();
        Set<String> higher = new LinkedHashSet<>();
        addBelow(null, List.of(), leaves, higher);
        higherNames = higher;
        leavesByName = leaves;
    }

    private void addBelow(Division parent, List<String> names, Map<String, Set<String>> leaves, Set<String> higher) {
        for (Division division : divisions.namedChildren(parent == null ? null : parent.code())) {
            List<String> path = new java.util.ArrayList<>(names);
            path.add(division.name());
            Set<String> spellings = suffixSpellings(path);
            if (division.leaf()) {
                spellings.forEach(s -> leaves.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(division.code()));
            } else {
                higher.addAll(spellings);
                addBelow(division, path, leaves, higher);
            }
        }
    }

    /** Every way to name the last element with some of the ones above it: 皇姑区, 沈阳市皇姑区, 辽宁省皇姑区, 辽宁省沈阳市皇姑区. */
    private static Set<String> suffixSpellings(List<String> path) {
        Set<String> spellings = new LinkedHashSet<>();
        String last = path.get(path.size() - 1);
        int above = path.size() - 1;
        for (int mask = 0; mask < (1 << above); mask++) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < above; i++) {
                if ((mask & (1 << i)) != 0 && !path.get(i).equals(last)) {
                    name.append(path.get(i));
                }
            }
            spellings.add(normalize(name.append(last).toString()));
        }
        return spellings;
    }

    static String normalize(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u3000,，、/·-]", "");
    }
}
