package io.casehall.clearance.web;

import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every staff console page whether to show the link to the clearance pages ({@code clearanceNav}), so the
 * shared header and the console home can offer it to clearance staff only, without the staff module knowing
 * the clearance module (whose checkpoint groups come from the process model).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ClearanceNavigationAdvice {

    private final ClearanceRoles roles;

    ClearanceNavigationAdvice(ClearanceRoles roles) {
        this.roles = roles;
    }

    @ModelAttribute("clearanceNav")
    boolean clearanceNav(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/staff")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && roles.mayUseClearance(staff);
    }
}
