package io.casehall.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A journey: a test method taking the {@link Viewport}, walked once on the desktop size and once on the phone
 * size (in that order). Give it a {@code @DisplayName} in Chinese saying what the user does.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@EnumSource(Viewport.class)
public @interface Journey {
}
