package io.casehall.shared.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The national administrative divisions (GB/T 2260 codes, 2023 edition of the statistics bureau's list; source and
 * licence in the README): the 31 provincial-level divisions of the mainland, their prefecture-level cities and
 * their county-level divisions. The four municipalities (北京、天津、上海、重庆) have their districts and counties
 * directly, without the statistics list's 市辖区/县 level. Statistics-only zones (development zones, fifth digit 7)
 * are not divisions and are left out. Hong Kong, Macao and Taiwan have no household registration here and are not
 * listed.
 */
@Component
public class Divisions {

    static final String RESOURCE = "/reference/divisions-2023.csv";

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> children;
    private final List<Division> provinces;

    public Divisions() {
        this(Divisions.class.getResourceAsStream(RESOURCE));
    }

    Divisions(InputStream csv) {
        Map<String, String[]> rows = read(csv);
        Map<String, List<String>> childCodes = new HashMap<>();
        rows.values().forEach(row -> {
            if (!row[2].isEmpty()) {
                childCodes.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[0]);
            }
        });
        Map<String, Division> divisions = new LinkedHashMap<>();
        rows.values().forEach(row -> divisions.put(row[0], new Division(row[0], row[1],
                row[2].isEmpty() ? null : row[2], !childCodes.containsKey(row[0]))));
        Map<String, List<Division>> tree = new HashMap<>();
        childCodes.forEach((parent, codes) -> tree.put(parent, codes.stream().sorted().map(divisions::get).toList()));
        this.byCode = Collections.unmodifiableMap(divisions);
        this.children = Collections.unmodifiableMap(tree);
        this.provinces = divisions.values().stream().filter(Division::isProvince).toList();
    }

    private static final String PLACEHOLDER_LEVEL = "直辖县级行政区划";

    /** The provincial-level divisions in code order (北京市 first). */
    public List<Division> provinces() {
        return provinces;
    }

    /** What lies directly below the division; empty for a leaf or an unknown code. */
    public List<Division> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code, List.of());
    }

    /**
     * What lies directly below the division as people name places (null: the provinces): the statistics list's
     * placeholder level 直辖县级行政区划 is left out and its counties stand in its place, so that "河南省济源市" is found
     * below 河南省.
     */
    public List<Division> namedChildren(String code) {
        List<Division> named = new ArrayList<>();
        for (Division child : code == null ? provinces : children(code)) {
            if (child.name().contains(PLACEHOLDER_LEVEL)) {
                named.addAll(children(child.code()));
            } else {
                named.add(child);
            }
        }
        return named;
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    /** True for a division a form may store as a place: county level (or a city without counties). */
    public boolean isSelectableLeaf(String code) {
        return find(code).map(Division::leaf).orElse(false);
    }

    /** From the province down to the division itself; empty for an unknown code. */
    public List<Division> path(String code) {
        List<Division> path = new ArrayList<>();
        for (Division d = find(code).orElse(null); d != null; d = d.parentCode() == null ? null : byCode.get(d.parentCode())) {
            path.add(0, d);
        }
        return path;
    }

    /**
     * The names from the province down, separated by a space ("北京市 海淀区", "河北省 石家庄市 长安区"); the
     * statistics list's placeholders (省直辖县级行政区划) and a county named as its city (嘉峪关市) are said once.
     *
     * @throws IllegalArgumentException for a code that is not in the list
     */
    public String fullName(String code) {
        List<Division> path = path(code);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("Not an administrative division code: " + code);
        }
        List<String> names = new ArrayList<>();
        for (Division d : path) {
            boolean placeholder = d.name().contains("直辖县级行政区划");
            if (!placeholder && (names.isEmpty() || !names.get(names.size() - 1).equals(d.name()))) {
                names.add(d.name());
            }
        }
        return String.join(" ", names);
    }

    /** The options of the three selects for what is chosen so far (codes may be blank or wrong: they are ignored). */
    public DivisionCascade cascade(String province, String city, String district) {
        List<Division> cities = find(province).filter(Division::isProvince).map(p -> children(p.code())).orElse(List.of());
        List<Division> districts = cities.stream().filter(c -> c.code().equals(city)).findFirst()
                .map(c -> children(c.code())).orElse(List.of());
        return new DivisionCascade(provinces, cities, districts);
    }

    /**
     * The place the three selects name: the deepest one chosen, which must be county level and lie inside the
     * levels above it.
     */
    public DivisionChoice choose(String province, String city, String district) {
        if (blank(province)) {
            return DivisionChoice.problem(DivisionChoice.REQUIRED);
        }
        Optional<Division> p = find(province).filter(Division::isProvince);
        Optional<Division> c = blank(city) ? Optional.empty() : find(city).filter(d -> p.isPresent() && p.get().code().equals(d.parentCode()));
        Optional<Division> d = blank(district) ? Optional.empty() : find(district).filter(x -> c.isPresent() && c.get().code().equals(x.parentCode()));
        if (p.isEmpty() || (!blank(city) && c.isEmpty()) || (!blank(district) && d.isEmpty())) {
            return DivisionChoice.problem(DivisionChoice.UNKNOWN);
        }
        Division deepest = d.or(() -> c).orElse(p.get());
        return deepest.leaf() ? DivisionChoice.of(deepest) : DivisionChoice.problem(DivisionChoice.NOT_LEAF);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** How many divisions the list holds (all levels). */
    public int size() {
        return byCode.size();
    }

    private static Map<String, String[]> read(InputStream csv) {
        if (csv == null) {
            throw new IllegalStateException("Missing " + RESOURCE);
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] row = line.split(",", -1);
                    rows.put(row[0], row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
