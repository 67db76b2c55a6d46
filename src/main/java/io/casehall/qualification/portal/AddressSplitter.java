package io.casehall.qualification.portal;

import io.casehall.qualification.HomeAddress;
import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.Divisions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Splits a home address kept as full text only (as the roster's spreadsheet brings it, "辽宁省沈阳市皇姑区崇山中路66号")
 * into the parts the 申请修改 form asks for: the division its start names (province, city, county; the province may
 * be left out when the city says it), then the street or road up to the first digit, and the house number from
 * there ("66号"); without digits, a village group after the last "村". What cannot be read stays empty.
 */
@Component
class AddressSplitter {


    private final Divisions divisions;

    AddressSplitter(Divisions divisions) {
        this.divisions = divisions;
    }

    HomeAddress split(String fullText) {
        String rest = fullText == null ? "" : fullText.replaceAll("\\s+", "");
        Division found = null;
        List<Division> candidates = startingLevel(rest);
        while (found == null || !found.leaf()) {
            Prefix next = longest(candidates, rest, true);
            if (next == null) {
                break;
            }
            found = next.division();
            rest = rest.substring(next.length());
            candidates = divisions.namedChildren(found.code());
        }
        String[] streetAndNumber = streetAndNumber(rest);
        return new HomeAddress(found == null ? null : found.code(), streetAndNumber[0], streetAndNumber[1], fullText);
    }

    /** Street or road, then house number or village group; either may be null. */
    static String[] streetAndNumber(String rest) {
        if (rest.isEmpty()) {
            return new String[] {null, null};
        }
        int digit = 0;
        while (digit < rest.length() && !Character.isDigit(rest.charAt(digit))) {
            digit++;
        }
        if (digit > 0 && digit < rest.length()) {
            return new String[] {rest.substring(0, digit), rest.substring(digit)};
        }
        int village = rest.lastIndexOf('村');
        if (digit == rest.length() && village > 0 && village < rest.length() - 1) {
            return new String[] {rest.substring(0, village + 1), rest.substring(village + 1)};
        }
        return new String[] {rest, null};
    }

    /**
     * Where the text starts: the province it names in full; else the one prefecture-level city it names in full
     * ("沈阳市…", "吉林市…"); else a province or city named without 省/市 ("辽宁…", "大连…").
     */
    private List<Division> startingLevel(String text) {
        if (longest(divisions.provinces(), text, false) != null) {
            return divisions.provinces();
        }
        List<Division> cities = new ArrayList<>();
        for (Division p : divisions.provinces()) {
            cities.addAll(divisions.namedChildren(p.code()).stream().filter(c -> !c.leaf()).toList());
        }
        for (boolean shortForm : new boolean[] {false, true}) {
            if (shortForm && longest(divisions.provinces(), text, true) != null) {
                return divisions.provinces();
            }
            List<Division> starting = cities.stream().filter(c -> length(c, text, shortForm) > 0).toList();
            if (starting.size() == 1) {
                return starting;
            }
        }
        return List.of();
    }

    private record Prefix(Division division, int length) {
    }

    private static Prefix longest(List<Division> candidates, String text, boolean shortForm) {
        Prefix best = null;
        for (Division d : candidates) {
            int length = length(d, text, shortForm);
            if (length > 0 && (best == null || length > best.length())) {
                best = new Prefix(d, length);
            }
        }
        return best;
    }

    /** How much of the text's start names the division: its full name, or without 省/市 ("辽宁", "大连"); else 0. */
    private static int length(Division division, String text, boolean shortForm) {
        String name = division.name();
        if (text.startsWith(name)) {
            return name.length();
        }
        boolean hasShort = shortForm && name.length() >= 3 && (name.endsWith("省") || name.endsWith("市"));
        String shortName = name.substring(0, name.length() - 1);
        return hasShort && text.startsWith(shortName) ? shortName.length() : 0;
    }
}
