package io.casehall.shared.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Lets console controllers state which role groups may use them ({@code @PreAuthorize}). */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {
}
