package io.casehall.creditbank.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InstitutionLoginController {

    /** The sign-in page; after a refusal the account typed stays in the field (the password never does). */
    @GetMapping("/institution/login")
    String login(HttpSession session, Model model) {
        Object typed = session.getAttribute("institutionLoginName");
        if (typed != null) {
            model.addAttribute("loginName", typed);
            session.removeAttribute("institutionLoginName");
        }
        return "creditbank/login";
    }
}
