package io.casehall.creditbank.users;

import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionAccounts;
import io.casehall.creditbank.InstitutionIdentity;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionSessions;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: what an institution administrator does to the institution's users. Every look-up is scoped to the
 * administrator's institution (another institution's user is not found). Nobody disables, deletes or demotes the
 * registering administrator, nor themselves. A new or reset password is generated and goes only by SMS to the user's
 * own mobile; a user who is disabled, deleted or given other roles is signed out everywhere at once.
 */
@Service
public class InstitutionUsers {

    public static final Pattern PHONE = Pattern.compile("1\\d{10}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final int PASSWORD_LENGTH = 12;

    private final InstitutionUserRepository users;
    private final InstitutionAccounts accounts;
    private final InstitutionIdentity identity;
    private final InstitutionSessions sessions;
    private final NotificationService notifications;
    private final TaskService taskService;
    private final AuditLog auditLog;
    private final SecureRandom random = new SecureRandom();

    InstitutionUsers(InstitutionUserRepository users, InstitutionAccounts accounts, InstitutionIdentity identity,
                     InstitutionSessions sessions, NotificationService notifications, TaskService taskService,
                     AuditLog auditLog) {
        this.users = users;
        this.accounts = accounts;
        this.identity = identity;
        this.sessions = sessions;
        this.notifications = notifications;
        this.taskService = taskService;
        this.auditLog = auditLog;
    }

    /** One user as the list shows them: roles are the names users know. */
    public record UserView(InstitutionUser user, List<String> roles) {
    }

    @Transactional(readOnly = true)
    public List<UserView> list(InstitutionPrincipal me) {
        return users.findByInstitutionIdOrderByCreatedAtAsc(me.institutionId()).stream()
                .map(user -> new UserView(user, roles(user.getUserId()))).toList();
    }

    /** The institution's user, or not found (another institution's user included). */
    @Transactional(readOnly = true)
    public InstitutionUser find(InstitutionPrincipal me, String userId) {
        return users.findByUserIdAndInstitutionId(userId, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    /** The user's credit-bank roles (group ids), in the order of {@link CreditBankGroups#ASSIGNABLE}. */
    public List<String> roles(String userId) {
        List<String> groups = identity.groupsOf(userId);
        return CreditBankGroups.ASSIGNABLE.keySet().stream().filter(groups::contains).toList();
    }

    /** Adds a sub-user; their password is generated and sent only by SMS to their mobile. */
    @Transactional
    public InstitutionUser add(InstitutionPrincipal me, String login, String name, String phone,
                               Collection<String> roles, Locale locale) {
        if (login == null || !InstitutionIdentity.LOGIN.matcher(login).matches()) {
            throw new UserFacingException("creditbank.users.loginInvalid");
        }
        checkNameAndPhone(name, phone);
        String password = generatePassword(login);
        InstitutionUser user = accounts.addUser(me.institutionId(), login, name.strip(), phone, password,
                assignable(roles));
        notifications.sendToAddress(phone, "creditbank.users.passwordSms",
                new Object[] {me.institutionName(), login, password}, locale);
        return user;
    }

    /** Changes name, mobile and roles; a change of roles signs the user out (new roles at the next sign-in). */
    @Transactional
    public void edit(InstitutionPrincipal me, String userId, String name, String phone, Collection<String> roles) {
        InstitutionUser user = find(me, userId);
        checkNameAndPhone(name, phone);
        Set<String> wanted = assignable(roles);
        if ((user.isAdministrator() || user.getUserId().equals(me.userId()))
                && !wanted.contains(CreditBankGroups.INSTITUTION_ADMIN)) {
            throw new UserFacingException("creditbank.users.cannotDemote");
        }
        user.rename(name.strip());
        user.changePhone(phone);
        users.save(user);
        identity.rename(userId, name.strip());
        List<String> before = roles(userId);
        identity.setGroups(userId, wanted);
        List<String> after = roles(userId);
        if (!before.equals(after)) {
            sessions.endAllOf(userId);
        }
        auditLog.record(me, "INSTITUTION_USER_EDITED", "institution-user", userId,
                "roles " + String.join(",", before) + " -> " + String.join(",", after));
    }

    /** 停用 / 启用. A disabled user is signed out at once and cannot sign in anywhere. */
    @Transactional
    public void setEnabled(InstitutionPrincipal me, String userId, boolean enabled) {
        InstitutionUser user = find(me, userId);
        if (!enabled) {
            refuseProtected(me, user, "creditbank.users.cannotDisable");
        }
        user.setEnabled(enabled);
        users.save(user);
        if (!enabled) {
            sessions.endAllOf(userId);
        }
        auditLog.record(me, enabled ? "INSTITUTION_USER_ENABLED" : "INSTITUTION_USER_DISABLED", "institution-user",
                userId, null);
    }

    /** 重置密码: a new generated password by SMS; the old one stops working. Returns the mobile's last four digits. */
    @Transactional
    public String resetPassword(InstitutionPrincipal me, String userId, Locale locale) {
        InstitutionUser user = find(me, userId);
        String password = generatePassword(userId);
        identity.changePassword(userId, password);
        notifications.sendToAddress(user.getPhone(), "creditbank.users.resetSms",
                new Object[] {me.institutionName(), userId, password}, locale);
        if (!userId.equals(me.userId())) {
            sessions.endAllOf(userId); // whoever knew the old password is out; one's own reset keeps one's page
        }
        auditLog.record(me, "INSTITUTION_USER_PASSWORD_RESET", "institution-user", userId, null);
        return tail(user.getPhone());
    }

    /** 删除: the engine's user and the record go; tasks the user had claimed go back to their queues. */
    @Transactional
    public void delete(InstitutionPrincipal me, String userId) {
        InstitutionUser user = find(me, userId);
        refuseProtected(me, user, "creditbank.users.cannotDelete");
        List<Task> claimed = taskService.createTaskQuery().taskAssignee(userId).list();
        for (Task task : claimed) {
            taskService.setAssignee(task.getId(), null);
        }
        sessions.endAllOf(userId);
        users.delete(user);
        identity.deleteUser(userId);
        auditLog.record(me, "INSTITUTION_USER_DELETED", "institution-user", userId,
                "unassigned tasks " + claimed.size());
    }

    public static String tail(String phone) {
        return phone == null || phone.length() < 4 ? "" : phone.substring(phone.length() - 4);
    }

    private void refuseProtected(InstitutionPrincipal me, InstitutionUser user, String key) {
        if (user.isAdministrator()) {
            throw new UserFacingException(key + "Administrator");
        }
        if (user.getUserId().equals(me.userId())) {
            throw new UserFacingException(key + "Self");
        }
    }

    private static void checkNameAndPhone(String name, String phone) {
        if (name == null || name.isBlank() || name.strip().length() > 32) {
            throw new UserFacingException("creditbank.users.nameInvalid");
        }
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new UserFacingException("creditbank.users.phoneInvalid");
        }
    }

    private static Set<String> assignable(Collection<String> roles) {
        Set<String> wanted = new LinkedHashSet<>();
        if (roles != null) {
            roles.stream().filter(CreditBankGroups.ASSIGNABLE::containsKey).forEach(wanted::add);
        }
        wanted.add(CreditBankGroups.INSTITUTION_USER);
        return wanted;
    }

    /** Letters and digits, both present, never containing the login (the engine's password policy). */
    String generatePassword(String login) {
        while (true) {
            StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (LETTER.matcher(candidate).matches() && DIGIT.matcher(candidate).matches()
                    && !candidate.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    static List<String> orderedRoleIds() {
        return new ArrayList<>(CreditBankGroups.ASSIGNABLE.keySet());
    }
}
