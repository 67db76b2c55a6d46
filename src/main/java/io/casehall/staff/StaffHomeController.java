package io.casehall.staff;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's login page and home: the user's queues with their counts. */
@Controller
class StaffHomeController {

    private final StaffQueues queues;

    StaffHomeController(StaffQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("staff", principal);
        model.addAttribute("queues", queues.queuesOf(principal));
        return "staff/home";
    }
}
