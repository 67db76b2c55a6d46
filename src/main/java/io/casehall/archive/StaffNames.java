package io.casehall.archive;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff members' display names (e.g. 李受理) for the pages, instead of their login names (clerk). */
@Component
class StaffNames {

    private final IdentityService identity;

    StaffNames(IdentityService identity) {
        this.identity = identity;
    }

    /** Login name → display name; a login the directory does not know stays as it is. */
    Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        userIds.stream().filter(Objects::nonNull).distinct().forEach(userId -> names.put(userId, of(userId)));
        return names;
    }

    String of(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        String name = user == null ? ""
                : (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name;
    }
}
