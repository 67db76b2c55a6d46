package io.casehall.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Business applications live under {@code /apply/**}. Until the applicant's real-name verification has
 * passed, every such request is turned back to the verification page with a message saying why.
 * Services call {@link AccountService#requireVerified} as well, so the rule holds off the web too.
 */
@Configuration
class RealNameGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final String APPLY_PATHS = "/apply/**";

    private final AccountService accounts;
    private final org.springframework.context.MessageSource messages;

    RealNameGuard(AccountService accounts, org.springframework.context.MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(APPLY_PATHS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApplicantPrincipal applicant)) {
            return true; // the security chain deals with anonymous users
        }
        try {
            accounts.requireVerified(applicant.applicantId());
            return true;
        } catch (RealNameRequiredException refused) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("errorMessage", messages.getMessage(refused.messageKey(), refused.args(),
                    RequestContextUtils.getLocale(request)));
            RequestContextUtils.saveOutputFlashMap(request.getContextPath() + "/realname", request, response);
            response.sendRedirect(request.getContextPath() + "/realname");
            return false;
        }
    }
}
