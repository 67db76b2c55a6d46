package io.casehall.staff;

import io.casehall.shared.security.Actor;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/** A signed-in staff member: a Camunda user with the groups (roles) they belong to. */
public record StaffPrincipal(String userId, String displayName, List<String> groupIds)
        implements Actor, Principal, Serializable {

    public StaffPrincipal {
        groupIds = List.copyOf(groupIds);
    }

    @Override
    public Kind actorKind() {
        return Kind.STAFF;
    }

    @Override
    public String actorId() {
        return userId;
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean isAdministrator() {
        return groupIds.contains(StaffRoles.ADMINISTRATORS);
    }
}
