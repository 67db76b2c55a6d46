package io.casehall.creditbank.account;

import io.casehall.account.CodePurpose;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.registration.CreditBankPasswords;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * 更换手机号 (seed 004 §2.6.1): 登录密码, a code to the old number, the new number and a code to it. Both codes prove
 * the user holds both phones.
 */
@Controller
class InstitutionPhoneController {

    static final String URL = "/institution/account/phone";
    private static final String FORM = "phoneForm";
    private static final String OLD_VERIFIED = InstitutionPhoneController.class.getName() + ".oldVerified";
    private static final Duration VERIFIED_FOR = Duration.ofMinutes(10);

    private final AccountChanges accounts;
    private final Messages messages;
    private final Masking masking;
    private final Clock clock;

    InstitutionPhoneController(AccountChanges accounts, Messages messages, Masking masking, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.messages = messages;
        this.masking = masking;
    }

    @GetMapping(URL)
    String page(@AuthenticationPrincipal InstitutionPrincipal me, Model model, HttpSession session) {
        model.addAttribute("oldVerified", oldVerified(session, me, accounts.phoneOf(me.userId())));
        if (FormRedirect.sentBack(model, FORM, PhoneForm.class) == null) {
            model.addAttribute(FORM, new PhoneForm());
        }
        model.addAttribute("phoneTail", AccountChanges.tail(accounts.phoneOf(me.userId())));
        return "creditbank/account-phone";
    }

    @PostMapping(URL)
    String submit(@AuthenticationPrincipal InstitutionPrincipal me, @ModelAttribute(FORM) PhoneForm form,
                  BindingResult binding, @RequestParam(name = "action", defaultValue = "confirm") String action,
                  Locale locale, RedirectAttributes redirect, HttpSession session) {
        String oldPhone = accounts.phoneOf(me.userId());
        if ("sendOld".equals(action)) {
            send(CodePurpose.INSTITUTION_PHONE_OLD, oldPhone, "oldCode", binding, locale, redirect);
            return FormRedirect.back(redirect, URL, FORM, form.cleared(), binding);
        }
        if ("sendNew".equals(action)) {
            if (checkNewPhone(form, oldPhone, binding)) {
                send(CodePurpose.INSTITUTION_PHONE_NEW, form.getNewPhone(), "newCode", binding, locale, redirect);
            }
            return FormRedirect.back(redirect, URL, FORM, form.cleared(), binding);
        }
        boolean oldVerified = oldVerified(session, me, oldPhone);
        if (!oldVerified && form.getPassword().isEmpty()) {
            binding.rejectValue("password", "creditbank.account.loginPassword.required");
        }
        if (!oldVerified && form.getOldCode().isEmpty()) {
            binding.rejectValue("oldCode", "creditbank.register.code.required");
        }
        checkNewPhone(form, oldPhone, binding);
        if (form.getNewCode().isEmpty()) {
            binding.rejectValue("newCode", "creditbank.register.code.required");
        }
        if (!oldVerified && !binding.hasErrors() && !accounts.checkPassword(me.userId(), form.getPassword())) {
            binding.rejectValue("password", "creditbank.account.oldPassword.wrong");
        }
        if (!oldVerified && !binding.hasErrors()) {
            verify(CodePurpose.INSTITUTION_PHONE_OLD, oldPhone, form.getOldCode(), "oldCode", binding);
            if (!binding.hasErrors()) {
                // The old number is proved: a wrong new code need not cost the user the old code again.
                session.setAttribute(OLD_VERIFIED, new OldVerified(me.userId(), oldPhone, clock.instant()));
            }
        }
        if (!binding.hasErrors()) {
            verify(CodePurpose.INSTITUTION_PHONE_NEW, form.getNewPhone(), form.getNewCode(), "newCode", binding);
        }
        if (binding.hasErrors()) {
            return FormRedirect.back(redirect, URL, FORM, form.cleared(), binding);
        }
        session.removeAttribute(OLD_VERIFIED);
        accounts.changePhone(me, me.userId(), form.getNewPhone());
        redirect.addFlashAttribute("okMessage", messages.get("creditbank.account.phoneChanged",
                masking.phone(form.getNewPhone())));
        return "redirect:" + URL;
    }

    /** The password and the old number's code were accepted in this session within the last ten minutes. */
    private boolean oldVerified(HttpSession session, InstitutionPrincipal me, String oldPhone) {
        return session.getAttribute(OLD_VERIFIED) instanceof OldVerified verified
                && verified.userId().equals(me.userId()) && verified.phone().equals(oldPhone)
                && verified.at().plus(VERIFIED_FOR).isAfter(clock.instant());
    }

    record OldVerified(String userId, String phone, Instant at) implements Serializable {
    }

    private boolean checkNewPhone(PhoneForm form, String oldPhone, BindingResult binding) {
        if (!CreditBankPasswords.isMobile(form.getNewPhone())) {
            binding.rejectValue("newPhone", "creditbank.register.phone.invalid");
            return false;
        }
        if (form.getNewPhone().equals(oldPhone)) {
            binding.rejectValue("newPhone", "creditbank.account.newPhone.same");
            return false;
        }
        return true;
    }

    private void send(CodePurpose purpose, String phone, String field, BindingResult binding, Locale locale,
                      RedirectAttributes redirect) {
        try {
            int minutes = accounts.sendCode(purpose, phone, locale);
            redirect.addFlashAttribute("okMessage", messages.get("creditbank.account.codeSent",
                    AccountChanges.tail(phone), minutes));
        } catch (UserFacingException e) {
            binding.rejectValue(field, e.messageKey(), e.args(), null);
        }
    }

    private void verify(CodePurpose purpose, String phone, String code, String field, BindingResult binding) {
        try {
            accounts.verify(purpose, phone, code);
        } catch (UserFacingException e) {
            binding.rejectValue(field, e.messageKey(), e.args(), null);
        }
    }

    /** The form as typed; the password never goes back to the page. */
    public static class PhoneForm implements Serializable {

        private String password = "";
        private String oldCode = "";
        private String newPhone = "";
        private String newCode = "";

        PhoneForm cleared() {
            password = "";
            return this;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password == null ? "" : password;
        }

        public String getOldCode() {
            return oldCode;
        }

        public void setOldCode(String oldCode) {
            this.oldCode = oldCode == null ? "" : oldCode.trim();
        }

        public String getNewPhone() {
            return newPhone;
        }

        public void setNewPhone(String newPhone) {
            this.newPhone = newPhone == null ? "" : newPhone.trim();
        }

        public String getNewCode() {
            return newCode;
        }

        public void setNewCode(String newCode) {
            this.newCode = newCode == null ? "" : newCode.trim();
        }
    }
}
