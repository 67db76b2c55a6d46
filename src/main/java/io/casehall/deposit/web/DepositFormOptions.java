package io.casehall.deposit.web;

import io.casehall.deposit.DepositForm;
import io.casehall.shared.reference.ChildbearingStatuses;
import io.casehall.shared.reference.CodeList;
import io.casehall.shared.reference.CodedName;
import io.casehall.shared.reference.Division;
import io.casehall.shared.reference.Divisions;
import io.casehall.shared.reference.EthnicGroups;
import io.casehall.shared.reference.MaritalStatuses;
import io.casehall.shared.reference.PoliticalStatuses;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of the form's selects, from the shared national lists (labels {@code reference.<list>.<code>}), and
 * the place selects of a stored household registration (修改申请 shows the province, city and county chosen).
 */
@Component
class DepositFormOptions {

    private final Divisions divisions;
    private final List<String> ethnicities;
    private final List<String> politicalStatuses;
    private final List<String> maritalStatuses;
    private final List<String> childbearingStatuses;

    DepositFormOptions(Divisions divisions, EthnicGroups ethnicGroups, PoliticalStatuses political,
                       MaritalStatuses marital, ChildbearingStatuses childbearing) {
        this.divisions = divisions;
        this.ethnicities = codes(ethnicGroups);
        this.politicalStatuses = codes(political);
        this.maritalStatuses = codes(marital);
        this.childbearingStatuses = codes(childbearing);
    }

    void addTo(Model model, DepositForm form) {
        placeSelects(form);
        model.addAttribute("ethnicities", ethnicities);
        model.addAttribute("politicalStatuses", politicalStatuses);
        model.addAttribute("maritalStatuses", maritalStatuses);
        model.addAttribute("childbearingStatuses", childbearingStatuses);
    }

    /** A stored code (or one typed before) shows in the three selects, unless the applicant chose there already. */
    private void placeSelects(DepositForm form) {
        if (form.getHouseholdDivisionProvince() != null && !form.getHouseholdDivisionProvince().isBlank()) {
            return;
        }
        List<Division> path = divisions.path(form.getHouseholdDivision());
        form.setHouseholdDivisionProvince(path.size() > 0 ? path.get(0).code() : null);
        form.setHouseholdDivisionCity(path.size() > 1 ? path.get(1).code() : null);
        form.setHouseholdDivisionDistrict(path.size() > 2 ? path.get(2).code() : null);
    }

    private static List<String> codes(CodeList list) {
        return list.all().stream().map(CodedName::code).toList();
    }
}
