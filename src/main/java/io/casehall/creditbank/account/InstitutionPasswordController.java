package io.casehall.creditbank.account;

import io.casehall.account.CodePurpose;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.registration.CreditBankPasswords;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码 (seed 004 §2.6.1): 原始密码, 新密码, 确认密码 and a code sent to the user's own mobile. The new password is the
 * engine's, so it holds for Tasklist too; the user's sessions end and they sign in again with it.
 */
@Controller
class InstitutionPasswordController {

    static final String URL = "/institution/account/password";
    private static final String FORM = "passwordForm";

    private final AccountChanges accounts;
    private final Messages messages;

    InstitutionPasswordController(AccountChanges accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(URL)
    String page(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        if (FormRedirect.sentBack(model, FORM, PasswordForm.class) == null) {
            model.addAttribute(FORM, new PasswordForm());
        }
        model.addAttribute("phoneTail", AccountChanges.tail(accounts.phoneOf(me.userId())));
        return "creditbank/account-password";
    }

    @PostMapping(URL)
    String submit(@AuthenticationPrincipal InstitutionPrincipal me, @ModelAttribute(FORM) PasswordForm form,
                  BindingResult binding, @RequestParam(name = "action", defaultValue = "confirm") String action,
                  Locale locale, RedirectAttributes redirect) {
        String phone = accounts.phoneOf(me.userId());
        if ("sendCode".equals(action)) {
            try {
                int minutes = accounts.sendCode(CodePurpose.INSTITUTION_PASSWORD, phone, locale);
                redirect.addFlashAttribute("okMessage", messages.get("creditbank.account.codeSent",
                        AccountChanges.tail(phone), minutes));
            } catch (UserFacingException e) {
                binding.rejectValue("code", e.messageKey(), e.args(), null);
            }
            return FormRedirect.back(redirect, URL, FORM, form.cleared(), binding);
        }
        if (form.getOldPassword().isEmpty()) {
            binding.rejectValue("oldPassword", "creditbank.account.oldPassword.required");
        }
        CreditBankPasswords.problem(form.getNewPassword()).ifPresent(key -> binding.rejectValue("newPassword", key));
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "creditbank.register.password.mismatch");
        }
        if (form.getCode().isEmpty()) {
            binding.rejectValue("code", "creditbank.register.code.required");
        }
        if (!binding.hasErrors() && !accounts.checkPassword(me.userId(), form.getOldPassword())) {
            binding.rejectValue("oldPassword", "creditbank.account.oldPassword.wrong");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.verify(CodePurpose.INSTITUTION_PASSWORD, phone, form.getCode());
            } catch (UserFacingException e) {
                binding.rejectValue("code", e.messageKey(), e.args(), null);
            }
        }
        if (binding.hasErrors()) {
            return FormRedirect.back(redirect, URL, FORM, form.cleared(), binding);
        }
        accounts.setPassword(me, me.userId(), form.getNewPassword(), "INSTITUTION_PASSWORD_CHANGED");
        return "redirect:/institution/login?passwordChanged";
    }

    /** The old password, the new one and the code as typed; only the code goes back to the page. */
    public static class PasswordForm extends NewPasswordForm {

        private String oldPassword = "";

        @Override
        PasswordForm cleared() {
            oldPassword = "";
            super.cleared();
            return this;
        }

        public String getOldPassword() {
            return oldPassword;
        }

        public void setOldPassword(String oldPassword) {
            this.oldPassword = oldPassword == null ? "" : oldPassword;
        }
    }
}
