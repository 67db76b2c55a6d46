package io.casehall.archive.web;

import io.casehall.staff.StaffDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Staff members' display names (e.g. 李受理) for the pages, instead of their login names (clerk). */
@Component
class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    /** Login name → display name; a login the directory does not know stays as it is. */
    Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        userIds.stream().filter(Objects::nonNull).distinct().forEach(userId -> names.put(userId, of(userId)));
        return names;
    }

    String of(String userId) {
        return directory.displayName(userId);
    }
}
