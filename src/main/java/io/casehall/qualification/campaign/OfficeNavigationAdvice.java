package io.casehall.qualification.campaign;

import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every staff console page whether to offer the employment office's qualification console
 * ({@code qualificationOfficeNav}): to its members and to administrators.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class OfficeNavigationAdvice {

    @ModelAttribute("qualificationOfficeNav")
    boolean qualificationOfficeNav(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/staff")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && (staff.isAdministrator() || staff.groupIds().contains(StaffRoles.EMPLOYMENT_OFFICE));
    }
}
