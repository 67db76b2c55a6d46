package io.casehall.creditbank;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's side of an institution: its tenant, its users (password, lockout) and their groups. Group changes are
 * limited to the credit bank's assignable roles, and every institution user keeps {@link CreditBankGroups#INSTITUTION_USER}.
 */
@Component
public class InstitutionIdentity {

    /** Camunda's default resource-id pattern allows letters and digits; a login also starts with a letter. */
    public static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9]{3,31}");

    private final IdentityService identityService;

    InstitutionIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The tenant id of a school: {@code school} and its code (Camunda ids allow letters and digits only). */
    public static String tenantIdOf(String schoolCode) {
        return "school" + schoolCode;
    }

    public void createTenant(String tenantId, String name) {
        if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
            Tenant tenant = identityService.newTenant(tenantId);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
    }

    /** The administrators' group owns no tasks: it exists, without a queue (the other groups are roles with queues). */
    public void ensureAdministratorGroup() {
        if (identityService.createGroupQuery().groupId(CreditBankGroups.INSTITUTION_ADMIN).count() == 0) {
            Group group = identityService.newGroup(CreditBankGroups.INSTITUTION_ADMIN);
            group.setName(CreditBankGroups.ASSIGNABLE.get(CreditBankGroups.INSTITUTION_ADMIN));
            group.setType("CREDIT_BANK");
            identityService.saveGroup(group);
        }
    }

    /** True if any Camunda user (staff included) already has this id. */
    public boolean loginTaken(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    public void createUser(String userId, String name, String password, String tenantId, Collection<String> groups) {
        User user = identityService.newUser(userId);
        // Chinese names read family name first; Camunda shows "first last", so the whole name goes first.
        user.setFirstName(name);
        user.setLastName("");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createTenantUserMembership(tenantId, userId);
        setGroups(userId, groups);
    }

    public void rename(String userId, String name) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setFirstName(name);
        identityService.saveUser(user);
    }

    public boolean checkPassword(String userId, String password) {
        return identityService.checkPassword(userId, password);
    }

    /** True while the engine holds the user back after wrong passwords (the lock grows, and always ends). */
    public boolean isLocked(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        java.util.Date until = user instanceof org.camunda.bpm.engine.impl.persistence.entity.UserEntity entity
                ? entity.getLockExpirationTime() : null;
        return until != null && until.after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
    }

    public void changePassword(String userId, String newPassword) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(newPassword);
        identityService.saveUser(user);
        identityService.unlockUser(userId);
    }

    /** The user's credit-bank roles become exactly {@code groups} (plus the plain user group). */
    public void setGroups(String userId, Collection<String> groups) {
        Set<String> wanted = new LinkedHashSet<>(groups);
        wanted.retainAll(CreditBankGroups.ASSIGNABLE.keySet());
        wanted.add(CreditBankGroups.INSTITUTION_USER);
        for (String current : groupsOf(userId)) {
            if (CreditBankGroups.ASSIGNABLE.containsKey(current) && !wanted.contains(current)) {
                identityService.deleteMembership(userId, current);
            }
        }
        List<String> current = groupsOf(userId);
        wanted.stream().filter(group -> !current.contains(group))
                .forEach(group -> identityService.createMembership(userId, group));
    }

    public List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** Deletes the engine's user (memberships of groups and tenant go with it). */
    public void deleteUser(String userId) {
        identityService.deleteUser(userId);
    }
}
