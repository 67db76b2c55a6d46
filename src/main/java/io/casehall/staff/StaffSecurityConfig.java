package io.casehall.staff;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import io.casehall.shared.security.LoginThrottledException;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Staff sign in once (against Camunda's identity service) and are then signed in to the staff console
 * and to Tasklist, Cockpit and Admin: Camunda's container-based authentication takes the user from
 * Spring Security's session. The engine's REST API is a separate, stateless chain with HTTP Basic, so
 * Camunda Modeler can deploy with a staff account and no browser session can be abused against it.
 */
@Configuration
class StaffSecurityConfig {

    static final String REST_REALM = "CaseHall engine";
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    /** The console's own pages: no inline script or style, nothing from elsewhere, framed only by itself. */
    static final String CONSOLE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    static final String MANAGEMENT_REALM = "CaseHall management";

    /**
     * Spring Boot Actuator: the health probes (and the overall status, details only for administrators) answer
     * anyone, so that a load balancer or Kubernetes can ask; everything else ({@code /actuator/prometheus},
     * {@code /actuator/info}) only staff administrators, signed in to the console or with HTTP Basic (a
     * Prometheus scraper), remembered as on /engine-rest. An applicant's session is refused.
     */
    @Bean
    @Order(5)
    SecurityFilterChain managementChain(HttpSecurity http, EngineRestAuthenticationProvider staff) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                // Anonymous requests get 401 with a Basic challenge (no redirect to a login page).
                .httpBasic(basic -> basic.realmName(MANAGEMENT_REALM))
                // A scraper's Basic sign-in creates no session; a signed-in administrator's session is used.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain engineRestChain(HttpSecurity http, EngineRestAuthenticationProvider staff) throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        // Checks any user's password without a sign-in: a way round the lockout and the throttle.
                        .requestMatchers(matchers("/engine-rest/identity/verify", "/engine-rest/engine/*/identity/verify"))
                        .denyAll()
                        .anyRequest().hasRole("STAFF"))
                .httpBasic(basic -> basic.realmName(REST_REALM).authenticationEntryPoint(new RestEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain staffChain(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/staff/**"),
                        new AntPathRequestMatcher("/camunda/**")))
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(new AntPathRequestMatcher("/staff/login")).permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/staff/admin/**")).hasRole("ADMIN")
                        // Staff sign in once at /staff/login: the webapps' own login would check passwords beside
                        // the throttle, the first-run setup would create an administrator, verify checks passwords.
                        .requestMatchers(matchers("/camunda/api/admin/auth/user/*/login/**", "/camunda/api/admin/setup/**",
                                "/camunda/app/admin/*/setup/**", "/camunda/api/engine/engine/*/identity/verify"))
                        .denyAll()
                        .requestMatchers(new AntPathRequestMatcher("/camunda/api/admin/auth/**"))
                        .hasAnyRole("STAFF", "INSTITUTION")
                        // Cockpit and Admin (and their plugin APIs, which bypass engine authorizations for
                        // aggregate counts) are for administrators; Tasklist is for every role.
                        .requestMatchers(matchers("/camunda/api/admin/**", "/camunda/api/cockpit/**",
                                "/camunda/app/admin/**", "/camunda/app/cockpit/**")).hasRole("ADMIN")
                        .requestMatchers(new AntPathRequestMatcher("/staff/**")).hasRole("STAFF")
                        // Tasklist (and its engine API) also serves the credit bank's institution users, signed in
                        // at their own entrance; the engine's tenant check keeps each to its institution's tasks.
                        .anyRequest().hasAnyRole("STAFF", "INSTITUTION"))
                .formLogin(form -> form.loginPage("/staff/login").loginProcessingUrl("/staff/login")
                        .defaultSuccessUrl("/staff", false).permitAll()
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof LoginThrottledException ? "/staff/login?throttled"
                                : "/staff/login?error"))))
                // Logging out of Tasklist also ends the single sign-on session, and the reverse.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/staff/logout", HttpMethod.POST.name()),
                                new AntPathRequestMatcher(WEBAPP_LOGOUT, HttpMethod.POST.name())))
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
                                response.setStatus(HttpServletResponse.SC_OK);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/staff/login?logout");
                            }
                        }))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new AntPathRequestMatcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/staff/login"),
                                new AntPathRequestMatcher("/**")))
                // The webapps' CSRF token (X-XSRF-TOKEN) is checked here, before their logout and before their own
                // filter (which would end the session on a forged request); the console uses Spring's.
                .addFilterBefore(new WebappCsrfGuard(), LogoutFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher("/camunda/**")))
                // The webapps send their own Content-Security-Policy; the console's pages get this one.
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new AntPathRequestMatcher("/staff/**"), new ContentSecurityPolicyHeaderWriter(CONSOLE_CSP))));
        return http.build();
    }

    private static RequestMatcher[] matchers(String... patterns) {
        return Arrays.stream(patterns).map(AntPathRequestMatcher::new).toArray(RequestMatcher[]::new);
    }

    /** Hands the Spring Security user to the Camunda webapps (Tasklist, Cockpit, Admin). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("casehall-webapp-sso");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Makes REST calls run as the authenticated staff user, so engine authorizations apply to them. */
    @Bean
    FilterRegistrationBean<EngineRestIdentityFilter> engineRestAuthentication(IdentityService identityService) {
        FilterRegistrationBean<EngineRestIdentityFilter> registration =
                new FilterRegistrationBean<>(new EngineRestIdentityFilter(identityService));
        registration.setName("casehall-engine-rest-auth");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/engine-rest/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
