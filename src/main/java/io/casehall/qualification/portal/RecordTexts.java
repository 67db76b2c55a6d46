package io.casehall.qualification.portal;

import io.casehall.qualification.HomeAddress;
import io.casehall.qualification.QualificationField;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.PoliticalStatuses;
import org.springframework.stereotype.Component;

/**
 * What people read for a stored value of the source data: names for the coded fields (ethnicity, political
 * status, origin place), the full text of a home address, the value itself otherwise.
 */
@Component
public class RecordTexts {

    private final Divisions divisions;
    private final EthnicGroups ethnicGroups;
    private final PoliticalStatuses politicalStatuses;

    RecordTexts(Divisions divisions, EthnicGroups ethnicGroups, PoliticalStatuses politicalStatuses) {
        this.divisions = divisions;
        this.ethnicGroups = ethnicGroups;
        this.politicalStatuses = politicalStatuses;
    }

    public String text(QualificationGraduate graduate, QualificationField field) {
        if (field == QualificationField.HOME_ADDRESS) {
            return graduate.getHomeAddress();
        }
        return text(field, graduate.value(field));
    }

    /** The text of a stored value (home address: the parts joined; a full text kept elsewhere wins). */
    public String text(QualificationField field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return switch (field) {
            case ETHNICITY -> ethnicGroups.find(value).map(CodedName::name).orElse(value);
            case POLITICAL_STATUS -> politicalStatuses.find(value).map(CodedName::name).orElse(value);
            case ORIGIN_PLACE -> place(value);
            case HOME_ADDRESS -> addressText(HomeAddress.decode(value, null));
            default -> value;
        };
    }

    /** "辽宁省沈阳市皇姑区崇山中路66号": the division's names without spaces, then the street and the house number. */
    public String addressText(HomeAddress address) {
        String division = address.divisionCode() == null ? "" : place(address.divisionCode()).replace(" ", "");
        return division + nz(address.street()) + nz(address.houseNo());
    }

    /** "北京市 朝阳区" for a division code; the code itself when the list does not know it. */
    public String place(String code) {
        return divisions.find(code).isPresent() ? divisions.fullName(code) : code;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
