package io.casehall.staff.engine;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the engine API's filters in front of the engine's REST API and the webapps' engine API. */
@Configuration
class EngineApiFilters {

    @Bean
    FilterRegistrationBean<QueryExpressionFilter> queryExpressionFilter() {
        FilterRegistrationBean<QueryExpressionFilter> registration =
                new FilterRegistrationBean<>(new QueryExpressionFilter());
        registration.setName("casehall-query-expressions");
        // After Spring Security (who is calling), before Jersey (the engine).
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UserErrorResponses> userErrorResponses() {
        FilterRegistrationBean<UserErrorResponses> registration = new FilterRegistrationBean<>(new UserErrorResponses());
        registration.setName("casehall-user-error-responses");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
