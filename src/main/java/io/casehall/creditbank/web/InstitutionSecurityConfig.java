package io.casehall.creditbank.web;

import io.casehall.shared.security.LoginThrottledException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * The institution entrance of the credit bank ({@code /institution}): its own sign-in page and session. The session
 * is the one the Camunda webapps read too, so an institution user opens Tasklist without signing in again (the
 * staff chain admits ROLE_INSTITUTION there and nowhere else). Registration, the forgotten-password pages and the
 * school lists they need are open to anyone; user management is for the institution's administrators, 转换申请审核
 * for its 学分转换审核 (creditConversionApproval) members.
 */
@Configuration
class InstitutionSecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(15)
    SecurityFilterChain institutionChain(HttpSecurity http, InstitutionAuthenticationProvider institutions)
            throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/institution/**"))
                .authenticationManager(new ProviderManager(institutions))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/institution/login", "/institution/register", "/institution/register/**",
                                "/institution/password/**", "/institution/schools/**")).permitAll()
                        .requestMatchers(paths("/institution/users", "/institution/users/**"))
                        .hasAuthority("GROUP_institutionAdmin")
                        .requestMatchers(paths("/institution/conversion/reviews",
                                "/institution/conversion/reviews/**"))
                        .hasAuthority("GROUP_creditConversionApproval")
                        .anyRequest().hasRole("INSTITUTION"))
                .formLogin(form -> form.loginPage("/institution/login").loginProcessingUrl("/institution/login")
                        .defaultSuccessUrl("/institution", true).permitAll()
                        .failureHandler((request, response, exception) -> {
                            request.getSession().setAttribute("institutionLoginName", request.getParameter("username"));
                            String reason = exception instanceof LoginThrottledException ? "throttled"
                                    : exception instanceof DisabledException ? "disabled"
                                    : exception instanceof LockedException ? "locked" : "error";
                            response.sendRedirect(request.getContextPath() + "/institution/login?" + reason);
                        }))
                .logout(logout -> logout.logoutRequestMatcher(new AntPathRequestMatcher("/institution/logout", "POST"))
                        .logoutSuccessUrl("/institution/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    private static AntPathRequestMatcher[] paths(String... patterns) {
        AntPathRequestMatcher[] matchers = new AntPathRequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = new AntPathRequestMatcher(patterns[i]);
        }
        return matchers;
    }
}
