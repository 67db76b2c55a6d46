package io.casehall.staff;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 员工账号: the staff accounts with their roles and lockout state, for administrators, who can lift a lock here
 * (a locked account otherwise opens again by itself when its lock time has passed).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountsController {

    private static final String PAGE = "/staff/admin/accounts";

    private final IdentityService identityService;
    private final StaffDirectory directory;
    private final AuditLog auditLog;
    private final Messages messages;
    private final Clock clock;

    StaffAccountsController(IdentityService identityService, StaffDirectory directory, AuditLog auditLog,
                            Messages messages, Clock clock) {
        this.identityService = identityService;
        this.directory = directory;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String accounts(Model model) {
        model.addAttribute("accounts", identityService.createUserQuery().orderByUserId().asc().list().stream()
                .map(this::rowOf).toList());
        return "staff/accounts";
    }

    @PostMapping(PAGE + "/{userId}/unlock")
    String unlock(@PathVariable String userId, @AuthenticationPrincipal StaffPrincipal admin,
                  RedirectAttributes redirect) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new NotFoundException();
        }
        directory.unlock(userId);
        auditLog.record(admin, "STAFF_UNLOCKED", "staff", userId, null);
        redirect.addFlashAttribute("okMessage", messages.get("staff.accounts.unlocked", userId));
        return "redirect:" + PAGE;
    }

    private AccountRow rowOf(User user) {
        String groups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
                .map(Group::getName).sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .collect(Collectors.joining("、"));
        int attempts = user instanceof UserEntity entity ? entity.getAttempts() : 0;
        Date lockedUntil = user instanceof UserEntity entity ? entity.getLockExpirationTime() : null;
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
        return new AccountRow(user.getId(), StaffDirectory.displayName(user, user.getId()), groups, attempts,
                locked ? LocalDateTime.ofInstant(lockedUntil.toInstant(), clock.getZone()) : null);
    }

    /** One staff account as the page lists it; lockedUntil is in the business time zone, null when not locked. */
    record AccountRow(String userId, String name, String groups, int failedAttempts, LocalDateTime lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
