package io.casehall.shared.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** A page with the place selects only, for testing the fragment as a form would use it (test code only). */
@Controller
class PlaceFormController {

    private final Divisions divisions;
    private final io.casehall.shared.web.Messages messages;

    PlaceFormController(Divisions divisions, io.casehall.shared.web.Messages messages) {
        this.divisions = divisions;
        this.messages = messages;
    }

    public static class PlaceForm {
        private String householdProvince;
        private String householdCity;
        private String householdDistrict;

        public String getHouseholdProvince() {
            return householdProvince;
        }

        public void setHouseholdProvince(String householdProvince) {
            this.householdProvince = householdProvince;
        }

        public String getHouseholdCity() {
            return householdCity;
        }

        public void setHouseholdCity(String householdCity) {
            this.householdCity = householdCity;
        }

        public String getHouseholdDistrict() {
            return householdDistrict;
        }

        public void setHouseholdDistrict(String householdDistrict) {
            this.householdDistrict = householdDistrict;
        }
    }

    @GetMapping("/test/place-form")
    String page(@ModelAttribute("form") PlaceForm form, @RequestParam(defaultValue = "false") boolean check, Model model) {
        DivisionChoice choice = divisions.choose(form.getHouseholdProvince(), form.getHouseholdCity(),
                form.getHouseholdDistrict());
        model.addAttribute("placeError", check && !choice.isValid() ? messages.get(choice.problemKey()) : null);
        model.addAttribute("place", choice.isValid() ? divisions.fullName(choice.place().code()) : null);
        return "test/place-form";
    }
}
