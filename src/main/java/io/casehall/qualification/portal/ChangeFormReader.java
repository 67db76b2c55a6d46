package io.casehall.qualification.portal;

import io.casehall.qualification.ChangeItem;
import io.casehall.qualification.HomeAddress;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.DivisionChoice;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import io.casehall.shared.web.FormProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads the 申请修改 form against the record: each field checked (origin place to county level from the shared
 * division list, the home address in its parts, ethnicity and political status from the fixed lists), and the
 * fields whose value differs become {@link ChangeItem}s with the old and new stored values and texts. Fields locked
 * by a pending request are not read.
 */
@Component
class ChangeFormReader {

    static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·•． ]{2,30}");
    static final Pattern HOME_PHONE = Pattern.compile("[0-9][0-9-]{5,18}[0-9]");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Set<String> GENDERS = Set.of("男", "女");
    static final int MAX_STREET = 100;
    static final int MAX_HOUSE_NO = 50;
    static final int MAX_EMAIL = 128;
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** What the form amounts to: the changes, or the problems that stop it. */
    record Reading(List<ChangeItem> items, List<FormProblem> problems) {
    }

    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;
    private final RecordTexts texts;
    private final ChangeFormDefaults defaults;
    private final Clock clock;

    ChangeFormReader(Divisions divisions, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses,
                     RecordTexts texts, ChangeFormDefaults defaults, Clock clock) {
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
        this.texts = texts;
        this.defaults = defaults;
        this.clock = clock;
    }

    Reading read(QualificationGraduate graduate, ChangeForm form, Set<QualificationField> locked) {
        Collector c = new Collector(graduate, locked);
        c.field(QualificationField.NAME, "name", name(form.getName()));
        c.field(QualificationField.GENDER, "gender", gender(form.getGender()));
        c.field(QualificationField.BIRTH_DATE, "birthDate", birthDate(form.getBirthDate()));
        c.field(QualificationField.ORIGIN_PLACE, "originPlace",
                place(form.getOriginPlaceProvince(), form.getOriginPlaceCity(), form.getOriginPlaceDistrict()));
        c.field(QualificationField.ETHNICITY, "ethnicity", coded(form.getEthnicity(),
                ethnicGroups.find(strip(form.getEthnicity())).isPresent(), "qualification.change.ethnicityRequired"));
        c.field(QualificationField.POLITICAL_STATUS, "politicalStatus", coded(form.getPoliticalStatus(),
                politicalStatuses.find(strip(form.getPoliticalStatus())).isPresent(),
                "qualification.change.politicalStatusRequired"));
        c.field(QualificationField.PHONE, "phone", mobile(form.getPhone()));
        if (!locked.contains(QualificationField.HOME_ADDRESS)) {
            homeAddress(c, graduate, form);
        }
        c.field(QualificationField.HOME_PHONE, "homePhone",
                optional(form.getHomePhone(), graduate.getHomePhone(), HOME_PHONE, "qualification.change.homePhoneFormat"));
        c.field(QualificationField.EMAIL, "email", email(form.getEmail(), graduate.getEmail()));
        return new Reading(c.items, c.problems);
    }

    /** A value read from the form: the stored value and its text, or the problem with it. */
    private record Value(String stored, String text, String problemKey, Object... args) {

        static Value of(String stored) {
            return new Value(stored, null, null);
        }

        static Value problem(String key, Object... args) {
            return new Value(null, null, key, args);
        }
    }

    private final class Collector {

        final QualificationGraduate graduate;
        final Set<QualificationField> locked;
        final List<ChangeItem> items = new ArrayList<>();
        final List<FormProblem> problems = new ArrayList<>();

        Collector(QualificationGraduate graduate, Set<QualificationField> locked) {
            this.graduate = graduate;
            this.locked = locked;
        }

        void field(QualificationField field, String formField, Value value) {
            if (locked.contains(field)) {
                return;
            }
            if (value.problemKey() != null) {
                problems.add(new FormProblem(formField, value.problemKey(), value.args()));
                return;
            }
            String old = graduate.value(field);
            if (!Objects.equals(blankToNull(old), blankToNull(value.stored()))) {
                String text = value.text() != null ? value.text() : texts.text(field, value.stored());
                items.add(new ChangeItem(field, old, value.stored(), texts.text(graduate, field), text));
            }
        }
    }

    private Value name(String raw) {
        String name = strip(raw);
        if (name.isEmpty()) {
            return Value.problem("qualification.change.nameRequired");
        }
        return NAME.matcher(name).matches() ? Value.of(name) : Value.problem("qualification.change.nameFormat");
    }

    private static Value gender(String raw) {
        String gender = strip(raw);
        return GENDERS.contains(gender) ? Value.of(gender) : Value.problem("qualification.change.genderRequired");
    }

    private Value birthDate(String raw) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return Value.problem("qualification.change.birthDateRequired");
        }
        LocalDate date;
        try {
            date = text.length() == 8 ? LocalDate.parse(text, COMPACT_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return Value.problem("qualification.change.birthDateFormat");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(LocalDate.of(1940, 1, 1)) || date.isAfter(today.minusYears(14))) {
            return Value.problem("qualification.change.birthDateRange");
        }
        return Value.of(date.toString());
    }

    private Value place(String province, String city, String district) {
        DivisionChoice choice = divisions.choose(province, city, district);
        return choice.isValid() ? Value.of(choice.place().code()) : Value.problem(choice.problemKey());
    }

    private static Value coded(String raw, boolean known, String problemKey) {
        return known ? Value.of(strip(raw)) : Value.problem(problemKey);
    }

    private static Value mobile(String raw) {
        String phone = strip(raw);
        return GraduateBinding.MOBILE.matcher(phone).matches() ? Value.of(phone)
                : Value.problem("qualification.change.phoneFormat");
    }

    /** A field that may stay empty when it was empty; once it has a value it can be corrected, not removed. */
    private static Value optional(String raw, String old, Pattern pattern, String problemKey) {
        String value = strip(raw);
        if (value.isEmpty()) {
            return blankToNull(old) == null ? Value.of(old) : Value.problem(problemKey);
        }
        return pattern.matcher(value).matches() ? Value.of(value) : Value.problem(problemKey);
    }

    private static Value email(String raw, String old) {
        String value = strip(raw);
        if (value.length() > MAX_EMAIL) {
            return Value.problem("qualification.change.emailFormat");
        }
        return optional(value, old, EMAIL, "qualification.change.emailFormat");
    }

    /**
     * The home address in its parts: a county-level division, the street or road, the house number or village
     * group. An imported address without parts stays as it is while the parts are left empty or as the form opened
     * with them (read from its text).
     */
    private void homeAddress(Collector c, QualificationGraduate graduate, ChangeForm form) {
        String street = strip(form.getHomeStreet());
        String houseNo = strip(form.getHomeHouseNo());
        boolean noParts = strip(form.getHomeDivisionProvince()).isEmpty() && street.isEmpty() && houseNo.isEmpty();
        HomeAddress old = graduate.homeAddress();
        if (old.textOnly() && (noParts || defaults.keepsImportedAddress(graduate, form))) {
            return;
        }
        DivisionChoice division = divisions.choose(form.getHomeDivisionProvince(), form.getHomeDivisionCity(),
                form.getHomeDivisionDistrict());
        boolean ok = true;
        if (!division.isValid()) {
            c.problems.add(new FormProblem("homeDivision", division.problemKey()));
            ok = false;
        }
        if (street.isEmpty() || street.length() > MAX_STREET) {
            c.problems.add(new FormProblem("homeStreet", "qualification.change.homeStreetRequired", MAX_STREET));
            ok = false;
        }
        if (houseNo.isEmpty() || houseNo.length() > MAX_HOUSE_NO) {
            c.problems.add(new FormProblem("homeHouseNo", "qualification.change.homeHouseNoRequired", MAX_HOUSE_NO));
            ok = false;
        }
        if (!ok) {
            return;
        }
        Division place = division.place();
        HomeAddress address = new HomeAddress(place.code(), street, houseNo, null);
        HomeAddress withText = new HomeAddress(place.code(), street, houseNo, texts.addressText(address));
        c.field(QualificationField.HOME_ADDRESS, "homeDivision",
                new Value(withText.encode(), withText.fullText(), null));
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
