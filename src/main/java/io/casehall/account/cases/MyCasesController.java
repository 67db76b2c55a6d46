package io.casehall.account.cases;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.cases.CaseCentre;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的办件 ({@code /cases}, {@code /cases?procedure=archive}): every case of the signed-in applicant, of all procedures,
 * each linking to its own page. The list is the applicant's by construction: the centre asks each procedure for
 * the principal's cases; nothing in the request names a person.
 */
@Controller
class MyCasesController {

    private final CaseCentre centre;

    MyCasesController(CaseCentre centre) {
        this.centre = centre;
    }

    @GetMapping("/cases")
    String cases(@AuthenticationPrincipal ApplicantPrincipal applicant,
                 @RequestParam(name = "procedure", required = false) String procedure, Model model) {
        model.addAttribute("cases", centre.of(applicant.applicantId(), procedure));
        return "account/cases";
    }
}
