package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without a Spring context. */
public final class TestMessages {

    private TestMessages() {
    }

    public static Messages create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/shared", "i18n/spreadsheet", "i18n/registry");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
