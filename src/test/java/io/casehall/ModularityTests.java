package io.casehall;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules use each other only through their public services and events. */
class ModularityTests {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(CaseHallApplication.class).verify();
    }
}
