package io.casehall.creditbank.users;

import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 (institution administrators only: the security chain says so). */
@Controller
class UsersController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InstitutionUsers users;
    private final Masking masking;
    private final Messages messages;
    private final Clock clock;

    UsersController(InstitutionUsers users, Masking masking, Messages messages, Clock clock) {
        this.users = users;
        this.masking = masking;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the add and edit forms post (and get back with a message when refused). */
    public static class UserForm implements java.io.Serializable {
        private String login;
        private String name;
        private String phone;
        private List<String> roles = new ArrayList<>(List.of(CreditBankGroups.INSTITUTION_USER));

        public String getLogin() {
            return login;
        }

        public void setLogin(String login) {
            this.login = login == null ? null : login.strip();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone == null ? null : phone.strip();
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles == null ? new ArrayList<>() : roles;
        }
    }

    record Row(String login, String name, String phone, String roles, boolean enabled, String createdAt,
               boolean protectedUser) {
    }

    record Role(String id, String name, boolean fixed) {
    }

    @GetMapping("/institution/users")
    String list(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        List<Row> rows = users.list(me).stream().map(view -> {
            InstitutionUser user = view.user();
            String roles = view.roles().stream().filter(CreditBankGroups.ASSIGNABLE::containsKey)
                    .map(role -> messages.get("creditbank.role." + role))
                    .reduce((a, b) -> messages.get("creditbank.i18n.list", a, b)).orElse("");
            return new Row(user.getUserId(), user.getName(), masking.phone(user.getPhone()), roles, user.isEnabled(),
                    TIME.withZone(clock.getZone()).format(user.getCreatedAt()),
                    user.isAdministrator() || user.getUserId().equals(me.userId()));
        }).toList();
        model.addAttribute("users", rows);
        return "creditbank/users/list";
    }

    @GetMapping("/institution/users/new")
    String addForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm());
        }
        model.addAttribute("roles", roles());
        model.addAttribute("editing", false);
        return "creditbank/users/form";
    }

    @PostMapping("/institution/users")
    String add(@AuthenticationPrincipal InstitutionPrincipal me, @ModelAttribute("form") UserForm form,
               Locale locale, RedirectAttributes redirect) {
        try {
            InstitutionUser user = users.add(me, form.getLogin(), form.getName(), form.getPhone(), form.getRoles(),
                    locale);
            redirect.addFlashAttribute("okMessage", messages.get("creditbank.users.added", user.getUserId(),
                    InstitutionUsers.tail(user.getPhone())));
            return "redirect:/institution/users";
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:/institution/users/new";
        }
    }

    @GetMapping("/institution/users/{userId}/edit")
    String editForm(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                    Model model) {
        InstitutionUser user = users.find(me, userId);
        if (!model.containsAttribute("form")) {
            UserForm form = new UserForm();
            form.setLogin(user.getUserId());
            form.setName(user.getName());
            form.setPhone(user.getPhone());
            form.setRoles(new ArrayList<>(users.roles(userId)));
            model.addAttribute("form", form);
        }
        model.addAttribute("login", user.getUserId());
        model.addAttribute("roles", roles());
        model.addAttribute("editing", true);
        return "creditbank/users/form";
    }

    @PostMapping("/institution/users/{userId}")
    String edit(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                @ModelAttribute("form") UserForm form, RedirectAttributes redirect) {
        try {
            users.edit(me, userId, form.getName(), form.getPhone(), form.getRoles());
            redirect.addFlashAttribute("okMessage", messages.get("creditbank.users.saved", userId));
            return "redirect:/institution/users";
        } catch (io.casehall.shared.web.NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            form.setLogin(userId);
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            return "redirect:/institution/users/" + userId + "/edit";
        }
    }

    @PostMapping("/institution/users/{userId}/disable")
    String disable(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                   RedirectAttributes redirect) {
        return act(redirect, () -> users.setEnabled(me, userId, false), "creditbank.users.disabled", userId);
    }

    @PostMapping("/institution/users/{userId}/enable")
    String enable(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                  RedirectAttributes redirect) {
        return act(redirect, () -> users.setEnabled(me, userId, true), "creditbank.users.enabled", userId);
    }

    @PostMapping("/institution/users/{userId}/reset-password")
    String resetPassword(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                         Locale locale, RedirectAttributes redirect) {
        String tail = users.resetPassword(me, userId, locale);
        redirect.addFlashAttribute("okMessage", messages.get("creditbank.users.passwordSent", userId, tail));
        return "redirect:/institution/users";
    }

    @GetMapping("/institution/users/{userId}/delete")
    String confirmDelete(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                         Model model) {
        InstitutionUser user = users.find(me, userId);
        model.addAttribute("user", user);
        return "creditbank/users/delete";
    }

    @PostMapping("/institution/users/{userId}/delete")
    String delete(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("userId") String userId,
                  RedirectAttributes redirect) {
        return act(redirect, () -> users.delete(me, userId), "creditbank.users.deleted", userId);
    }

    private String act(RedirectAttributes redirect, Runnable action, String okKey, String userId) {
        try {
            action.run();
            redirect.addFlashAttribute("okMessage", messages.get(okKey, userId));
        } catch (io.casehall.shared.web.NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("errorMessage", messages.get(e));
        }
        return "redirect:/institution/users";
    }

    private List<Role> roles() {
        return CreditBankGroups.ASSIGNABLE.keySet().stream()
                .map(id -> new Role(id, messages.get("creditbank.role." + id),
                        id.equals(CreditBankGroups.INSTITUTION_USER)))
                .toList();
    }
}
