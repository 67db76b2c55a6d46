package io.casehall.account;

import io.casehall.shared.cases.CaseCentre;
import io.casehall.shared.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page, the login page and the applicant's user centre. */
@Controller
class PortalHomeController {

    private final AccountService accounts;
    private final NotificationService notifications;
    private final CaseCentre cases;

    private final int maxFailures;
    private final int lockMinutes;

    PortalHomeController(AccountService accounts, NotificationService notifications, CaseCentre cases,
                         @Value("${casehall.login.max-failures:5}") int maxFailures,
                         @Value("${casehall.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.cases = cases;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @GetMapping("/")
    String landing(@AuthenticationPrincipal ApplicantPrincipal principal) {
        return principal == null ? "account/landing" : "redirect:/home";
    }

    /** The login page; a failed sign-in, whatever its reason, comes back with one neutral message. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("maxFailures", maxFailures);
        model.addAttribute("lockMinutes", lockMinutes);
        return "account/login";
    }

    /** 《相关服务条款和隐私政策》, which registration asks the applicant to accept. */
    @GetMapping("/terms")
    String terms() {
        return "account/terms";
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal ApplicantPrincipal principal, Model model) {
        model.addAttribute("account", accounts.get(principal.applicantId()));
        model.addAttribute("unread", notifications.unreadCount(principal.applicantId()));
        model.addAttribute("awaiting", cases.awaitingApplicant(principal.applicantId()));
        return "account/home";
    }
}
