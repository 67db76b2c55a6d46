package io.casehall.staff;

import io.casehall.shared.security.PasswordStrength;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps Camunda's identity data in the shape CaseHall needs: one group per role, the administrator,
 * the authorizations each role needs in Tasklist, and a saved Tasklist filter per role queue. Every
 * step is idempotent, so it runs at each start and on every node.
 */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    static final String ADMIN_USER = "admin";
    static final String MY_TASKS_FILTER = "我的待办";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    StaffDirectory(IdentityService identityService, AuthorizationService authorizationService,
                   FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /**
     * Creates a role group with its Tasklist access and its queue filter. Procedures with their own
     * roles (such as each clearance checkpoint) call this for their groups.
     */
    public void ensureRole(String groupId, String name) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        ensureQueueFilter(groupId, name);
    }

    void ensureAdministrators(String configuredPassword) {
        if (identityService.createGroupQuery().groupId(StaffRoles.ADMINISTRATORS).count() == 0) {
            Group group = identityService.newGroup(StaffRoles.ADMINISTRATORS);
            group.setName("系统管理员");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        for (Resource resource : Resources.values()) {
            grant(StaffRoles.ADMINISTRATORS, resource, "*", Permissions.ALL);
        }
        if (identityService.createUserQuery().userId(ADMIN_USER).count() == 0) {
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? randomPassword() : configuredPassword;
            createUser(ADMIN_USER, "系统管理员", "", password);
            if (generated) {
                log.warn("\n\n  Created the CaseHall administrator '{}' with the generated password: {}\n"
                        + "  It is shown only this once. Change it in Camunda Admin, or set CASEHALL_ADMIN_PASSWORD"
                        + " before the first start.\n", ADMIN_USER, password);
            }
        }
        addMembership(ADMIN_USER, StaffRoles.ADMINISTRATORS);
        ensureMyTasksFilter();
    }

    /** Recovery: the configured password replaces the administrator's, and the account is unlocked. */
    void resetAdministratorPassword(String password) {
        if (password == null || password.isBlank()) {
            log.error("casehall.admin.reset-at-start is set but CASEHALL_ADMIN_PASSWORD is empty: nothing reset");
            return;
        }
        User admin = identityService.createUserQuery().userId(ADMIN_USER).singleResult();
        admin.setPassword(password);
        identityService.saveUser(admin);
        unlock(ADMIN_USER);
        log.warn("The password of '{}' was reset from the configuration (casehall.admin.reset-at-start): "
                + "remove the switch now.", ADMIN_USER);
    }

    /** What pages show for a staff member: the name (e.g. 李受理), or the login when the directory has none. */
    public String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        return displayName(identityService.createUserQuery().userId(userId).singleResult(), userId);
    }

    static String displayName(User user, String userId) {
        String name = user == null ? ""
                : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    /** Lifts a staff member's lockout (failed attempts and lock time). */
    public void unlock(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            log.warn("Cannot unlock staff account '{}': no such user", userId);
            return;
        }
        identityService.unlockUser(userId);
        log.info("Staff account '{}' unlocked", userId);
    }

    void ensureUser(String userId, String displayName, String password, List<String> groups) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            // Chinese names read family name first; Camunda shows "first last", so the whole name goes first.
            createUser(userId, displayName, "", password);
        }
        groups.forEach(group -> addMembership(userId, group));
    }

    private void createUser(String userId, String firstName, String lastName, String password) {
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    private void addMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private void ensureQueueFilter(String groupId, String name) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks();
            filter = filterService.newTaskFilter(name).setOwner(ADMIN_USER).setQuery(query)
                    .setProperties(Map.of("description", "「" + name + "」岗位的待办任务", "priority", 10,
                            "refresh", true, "color", "#1f4e8c"));
            filter = filterService.saveFilter(filter);
        }
        grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private void ensureMyTasksFilter() {
        Filter filter = filterService.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
        if (filter == null) {
            TaskQuery query = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
            filter = filterService.saveFilter(filterService.newTaskFilter(MY_TASKS_FILTER).setOwner(ADMIN_USER)
                    .setQuery(query).setProperties(Map.of("description", "已认领、由我办理的任务", "priority", 0,
                            "refresh", true)));
        }
        if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).userIdIn(Authorization.ANY).count() == 0) {
            Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(everyone);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** 16 characters from an alphabet without look-alikes, with letters and digits as the policy requires. */
    static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        String password;
        do {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            password = sb.toString();
        } while (!PasswordStrength.hasLetterAndDigit(password));
        return password;
    }
}
