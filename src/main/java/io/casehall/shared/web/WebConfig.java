package io.casehall.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Chinese by default; {@code ?lang=en} switches to English and is remembered in a cookie. Requests carrying
 * characters no form can send are refused before security and controllers read them; forms bound to objects
 * get length limits ({@link FormLengthLimits}).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("casehall-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Before Spring Security, so that its login forms are covered too. */
    @Bean
    FilterRegistrationBean<RequestInputFilter> requestInputFilter() {
        FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(new RequestInputFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Before everything that reads parameters: an oversize upload cannot be parsed for its CSRF field. */
    @Bean
    FilterRegistrationBean<OversizeUploadFilter> oversizeUploadFilter(
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:20MB}")
            org.springframework.util.unit.DataSize maxFileSize, Messages messages, LocaleResolver localeResolver) {
        FilterRegistrationBean<OversizeUploadFilter> registration =
                new FilterRegistrationBean<>(new OversizeUploadFilter(maxFileSize, messages, localeResolver));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    WebMvcRegistrations formBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new FormBindingHandlerAdapter();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
