package io.casehall.shared.time;

import java.time.Clock;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows the business time zone as {@code zone}, so a template shows every time in it:
 * {@code ${#temporals.format(instant, 'yyyy-MM-dd HH:mm', zone)}}. The server's own zone (often UTC in a
 * container) must never decide what time a person reads.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class BusinessZoneModel {

    private final Clock clock;

    BusinessZoneModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    String zone() {
        return clock.getZone().getId();
    }
}
