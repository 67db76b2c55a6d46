package io.casehall.qualification.review;

import io.casehall.staff.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every staff console page whether to offer the college console ({@code qualificationReviewNav}): to the
 * members of a college's reviewer group ({@code dataChangeApproval<code>}), and to the employment office and
 * administrators, who look at every college's counts and report.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ReviewNavigationAdvice {

    @ModelAttribute("qualificationReviewNav")
    boolean qualificationReviewNav(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/staff")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                && (CollegeScope.isReviewer(staff) || CollegeScope.oversees(staff));
    }
}
