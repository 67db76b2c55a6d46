package io.casehall;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules use each other only through their public services and events. */
class ModularityTests {

    /** Tests may reach into any module (and use field injection); the rules are for production code. */
    private static final DescribedPredicate<JavaClass> TEST_CLASSES = DescribedPredicate.describe("test classes",
            type -> type.getSource().map(source -> source.getUri().toString().contains("/test-classes/")).orElse(false));

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(CaseHallApplication.class, TEST_CLASSES).verify();
    }
}
