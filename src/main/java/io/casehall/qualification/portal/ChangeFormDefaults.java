package io.casehall.qualification.portal;

import io.casehall.qualification.HomeAddress;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.Divisions;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 申请修改 form as it opens: every field as the record has it, places split into their selects. */
@Component
class ChangeFormDefaults {

    private final Divisions divisions;

    ChangeFormDefaults(Divisions divisions) {
        this.divisions = divisions;
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
        HomeAddress address = graduate.homeAddress();
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
