package io.casehall.qualification.portal;

import io.casehall.qualification.HomeAddress;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.Divisions;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The 申请修改 form as it opens: every field as the record has it, places split into their selects. An address
 * kept as full text only (as imported) opens split into its parts as far as they can be read from the text.
 */
@Component
class ChangeFormDefaults {

    private final Divisions divisions;
    private final AddressSplitter splitter;

    ChangeFormDefaults(Divisions divisions, AddressSplitter splitter) {
        this.divisions = divisions;
        this.splitter = splitter;
    }

    ChangeForm of(QualificationGraduate graduate) {
        ChangeForm form = new ChangeForm();
        form.setName(graduate.getName());
        form.setGender(graduate.getGender());
        form.setBirthDate(graduate.getBirthDate().toString());
        String[] origin = selects(graduate.getOriginPlaceCode());
        form.setOriginPlaceProvince(origin[0]);
        form.setOriginPlaceCity(origin[1]);
        form.setOriginPlaceDistrict(origin[2]);
        form.setEthnicity(graduate.getEthnicity());
        form.setPoliticalStatus(graduate.getPoliticalStatus());
        form.setPhone(graduate.getPhone());
        HomeAddress address = homeAddress(graduate);
        String[] home = selects(address.divisionCode());
        form.setHomeDivisionProvince(home[0]);
        form.setHomeDivisionCity(home[1]);
        form.setHomeDivisionDistrict(home[2]);
        form.setHomeStreet(address.street());
        form.setHomeHouseNo(address.houseNo());
        form.setHomePhone(graduate.getHomePhone());
        form.setEmail(graduate.getEmail());
        return form;
    }

    /**
     * Whether the form leaves an address kept as full text only as the form opened with it: then it is not a change
     * (the parts read from the text may be incomplete, and the text stays as imported).
     */
    boolean keepsImportedAddress(QualificationGraduate graduate, ChangeForm form) {
        if (!graduate.homeAddress().textOnly()) {
            return false;
        }
        ChangeForm opened = of(graduate);
        return same(opened.getHomeDivisionProvince(), form.getHomeDivisionProvince())
                && same(opened.getHomeDivisionCity(), form.getHomeDivisionCity())
                && same(opened.getHomeDivisionDistrict(), form.getHomeDivisionDistrict())
                && same(opened.getHomeStreet(), form.getHomeStreet())
                && same(opened.getHomeHouseNo(), form.getHomeHouseNo());
    }

    private HomeAddress homeAddress(QualificationGraduate graduate) {
        HomeAddress parts = graduate.homeAddress();
        return parts.textOnly() ? splitter.split(graduate.getHomeAddress()) : parts;
    }

    private static boolean same(String opened, String submitted) {
        return ChangeFormReader.strip(opened).equals(ChangeFormReader.strip(submitted));
    }

    /** Province, city and county of a county-level code (a municipality's district sits in the second select). */
    private String[] selects(String code) {
        List<Division> path = code == null ? List.of() : divisions.path(code);
        String[] selects = new String[3];
        for (int i = 0; i < path.size() && i < 3; i++) {
            selects[i] = path.get(i).code();
        }
        return selects;
    }
}
