package io.casehall.creditbank.registration;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While an institution's registration is unfinished (steps 2 and 3), every page of the institution space sends its
 * user to the step to do. One look-up of the status per request until the institution is active; from then on the
 * session remembers it (an institution never goes back).
 */
@Configuration
class PendingSetupInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String ACTIVE = PendingSetupInterceptor.class.getName() + ".active";

    private final InstitutionSetup setup;

    PendingSetupInterceptor(InstitutionSetup setup) {
        this.setup = setup;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/institution", "/institution/**")
                .excludePathPatterns("/institution/login", "/institution/logout", "/institution/setup/**",
                        "/institution/register", "/institution/register/**", "/institution/password/**",
                        "/institution/schools", "/institution/schools/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof InstitutionPrincipal me)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        String marker = ACTIVE + "." + me.institutionId();
        if (session != null && session.getAttribute(marker) != null) {
            return true;
        }
        InstitutionStatus status = setup.statusOf(me.institutionId());
        if (status == InstitutionStatus.ACTIVE) {
            request.getSession().setAttribute(marker, Boolean.TRUE);
            return true;
        }
        response.sendRedirect(request.getContextPath() + InstitutionSetupController.pendingStep(status));
        return false;
    }
}
