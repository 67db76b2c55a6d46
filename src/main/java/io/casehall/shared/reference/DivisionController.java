package io.casehall.shared.reference;

import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public JSON for the place selects' script (static/js/divisions.js): the provinces, and what lies below a
 * division. The list changes only with a new release, so browsers may keep answers for a day.
 */
@RestController
class DivisionController {

    private final Divisions divisions;

    DivisionController(Divisions divisions) {
        this.divisions = divisions;
    }

    record Option(String code, String name, boolean leaf) {
        static Option of(Division d) {
            return new Option(d.code(), d.name(), d.leaf());
        }
    }

    @GetMapping("/reference/divisions")
    ResponseEntity<List<Option>> provinces() {
        return cached(divisions.provinces());
    }

    /** 404 for a code that is not in the list; an empty list for a county (nothing below it). */
    @GetMapping("/reference/divisions/{code}/children")
    ResponseEntity<List<Option>> children(@PathVariable String code) {
        if (divisions.find(code).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return cached(divisions.children(code));
    }

    private static ResponseEntity<List<Option>> cached(List<Division> list) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(list.stream().map(Option::of).toList());
    }
}
