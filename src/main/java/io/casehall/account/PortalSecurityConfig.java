package io.casehall.account;

import io.casehall.shared.security.LoginThrottledException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The applicants' portal. A separate chain from staff: applicant credentials are domain accounts and
 * never reach the engine's REST API or the Camunda webapps.
 */
@Configuration
class PortalSecurityConfig {

    @Bean
    @Order(30)
    SecurityFilterChain portalChain(HttpSecurity http, ApplicantAuthenticationProvider applicants) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                request.getSession().setAttribute("loginName", request.getParameter("username"));
                // A locked account answers as a wrong password does: failing five times must not tell an
                // outsider whether the user name has an account (the page's one message mentions the lock).
                String target = exception instanceof LoginThrottledException ? "/login?throttled" : "/login?error";
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
        http.securityMatcher(AnyRequestMatcher.INSTANCE)
                .authenticationManager(new ProviderManager(applicants))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/register", "/register/**", "/password/**", "/captcha", "/terms", "/verify", "/verify/**",
                                "/css/**", "/images/**", "/js/**", "/error", "/favicon.ico").permitAll()
                        // Public reading: the deposit service guides and agreement, the reference lists for place selects.
                        .requestMatchers("/deposit", "/deposit/guide/**", "/deposit/agreement", "/reference/**").permitAll()
                        // The credit bank's published conversion methods and rules are public (seed 004: 门户显示);
                        // applying for a rule needs the applicant's sign-in.
                        .requestMatchers(HttpMethod.GET, "/creditbank/methods", "/creditbank/methods/**",
                                "/creditbank/rules", "/creditbank/rules/*", "/creditbank/rules/*/file").permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/engine-rest/**"), new AntPathRequestMatcher("/camunda/**"),
                                new AntPathRequestMatcher("/staff/**")).denyAll()
                        .anyRequest().hasRole("APPLICANT"))
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/home", true).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
